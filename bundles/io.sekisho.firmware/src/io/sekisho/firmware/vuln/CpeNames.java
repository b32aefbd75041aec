package io.sekisho.firmware.vuln;

import java.util.Locale;

/** The few reads of CPE 2.3 formatted strings the store needs (escaped colons respected). */
public final class CpeNames {
	private static final java.util.regex.Pattern BLANKS = java.util.regex.Pattern.compile("\\s+"); //$NON-NLS-1$

	private CpeNames() {
	}

	/**
	 * The component at {@code index} of a CPE 2.3 formatted string (0 = {@code cpe}, 1 = {@code 2.3}, 2 = part,
	 * 3 = vendor, 4 = product, 5 = version, 6 = update ...), or null when there is none.
	 */
	public static String part(String cpe, int index) {
		if (cpe == null) {
			return null;
		}
		int component = 0;
		int start = 0;
		for (int i = 0; i < cpe.length(); i++) {
			char c = cpe.charAt(i);
			if (c == '\\') {
				i++;
			} else if (c == ':') {
				if (component == index) {
					return cpe.substring(start, i);
				}
				component++;
				start = i + 1;
			}
		}
		return component == index ? cpe.substring(start) : null;
	}

	/**
	 * A vendor or product name as CPE spells it: lower case, blanks as underscores ({@code "Palo Alto Networks"}
	 * gives {@code palo_alto_networks}). Used to compare CNA and JVN free-text names with CPE names.
	 */
	public static String normalize(String name) {
		if (name == null) {
			return ""; //$NON-NLS-1$
		}
		String trimmed = name.trim();
		// fast path: CPE names are lower case without blanks already (called for every cpeMatch on import)
		boolean plain = true;
		for (int i = 0; i < trimmed.length() && plain; i++) {
			char c = trimmed.charAt(i);
			plain = !Character.isWhitespace(c) && !Character.isUpperCase(c);
		}
		return plain ? trimmed : BLANKS.matcher(trimmed.toLowerCase(Locale.ROOT)).replaceAll("_"); //$NON-NLS-1$
	}
}
