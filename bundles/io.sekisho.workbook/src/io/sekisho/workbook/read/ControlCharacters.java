package io.sekisho.workbook.read;

/**
 * C0 and C1 control characters in texts that come from a returned workbook (an xlsx writes them as _x0001_ or
 * _x001B_): such a character in the model makes every later save of the XML fail, and an ANSI escape sequence
 * printed raw rewrites the user's terminal. The import refuses them; output escapes them.
 */
public final class ControlCharacters {

	private ControlCharacters() {
	}

	/** @return whether {@code c} is a C0 or C1 control character other than tab and line feed, or DEL */
	public static boolean isControl(int c) {
		return (c < 0x20 && c != '\t' && c != '\n') || (c >= 0x7F && c <= 0x9F);
	}

	/** An xlsx escape of a character (_x001B_) as a reader may hand it over undecoded. */
	private static final java.util.regex.Pattern ESCAPED = java.util.regex.Pattern.compile("_x([0-9A-Fa-f]{4})_"); //$NON-NLS-1$

	/**
	 * @return the first control character in {@code text}, written or escaped as _x001B_, or -1 when there is none
	 */
	public static int find(String text) {
		if (text == null) {
			return -1;
		}
		for (int i = 0; i < text.length(); i++) {
			if (isControl(text.charAt(i))) {
				return text.charAt(i);
			}
		}
		java.util.regex.Matcher m = ESCAPED.matcher(text);
		while (m.find()) {
			int c = Integer.parseInt(m.group(1), 16);
			if (isControl(c)) {
				return c;
			}
		}
		return -1;
	}

	/** @return {@code text} with every control character (line feeds too) written as \\u001B, for a terminal */
	public static String escape(String text) {
		if (text == null) {
			return null;
		}
		StringBuilder out = null;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isControl(c) || c == '\n' || c == '\r') {
				if (out == null) {
					out = new StringBuilder(text.length() + 8).append(text, 0, i);
				}
				out.append(String.format("\\u%04X", (int) c)); //$NON-NLS-1$
			} else if (out != null) {
				out.append(c);
			}
		}
		return out == null ? text : out.toString();
	}
}
