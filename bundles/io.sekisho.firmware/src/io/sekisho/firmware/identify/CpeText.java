package io.sekisho.firmware.identify;

import java.util.Locale;

/** Writes a value into a CPE 2.3 formatted string: lower case, special characters escaped with a backslash. */
final class CpeText {

	private CpeText() {
	}

	static String escape(String value) {
		if (value == null || value.isBlank()) {
			return "*"; //$NON-NLS-1$
		}
		StringBuilder b = new StringBuilder();
		for (char ch : value.strip().toLowerCase(Locale.ROOT).toCharArray()) {
			if (Character.isLetterOrDigit(ch) || ch == '_' || ch == '-' || ch == '.') {
				b.append(ch);
			} else if (ch == ' ') {
				b.append('_');
			} else {
				b.append('\\').append(ch);
			}
		}
		return b.toString();
	}
}
