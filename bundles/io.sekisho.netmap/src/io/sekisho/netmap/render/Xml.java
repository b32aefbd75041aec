package io.sekisho.netmap.render;

/** XML text and attribute escaping (also used by the draw.io writer). */
public final class Xml {

	private Xml() {
	}

	public static String escape(String text) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder b = new StringBuilder(text.length() + 8);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '<' -> b.append("&lt;"); //$NON-NLS-1$
				case '>' -> b.append("&gt;"); //$NON-NLS-1$
				case '&' -> b.append("&amp;"); //$NON-NLS-1$
				case '"' -> b.append("&quot;"); //$NON-NLS-1$
				case '\n' -> b.append("&#xa;"); //$NON-NLS-1$
				default -> {
					if (c >= 0x20 || c == '\t') {
						b.append(c);
					}
				}
			}
		}
		return b.toString();
	}
}
