package io.sekisho.netmap.drawio;

/** draw.io labels may be HTML (html=1): the text of it, tags dropped, entities and breaks resolved. */
final class Html {

	private Html() {
	}

	static String toText(String html) {
		if (html.indexOf('<') < 0 && html.indexOf('&') < 0) {
			return html.strip();
		}
		String s = html.replaceAll("(?i)<br\\s*/?>", " ").replaceAll("<[^>]*>", ""); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		s = s.replace("&nbsp;", " ").replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&amp;", "&"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
		return s.replaceAll("\\s+", " ").strip(); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
