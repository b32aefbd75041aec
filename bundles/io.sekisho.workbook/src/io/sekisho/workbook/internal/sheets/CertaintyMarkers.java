package io.sekisho.workbook.internal.sheets;

import java.util.regex.Pattern;

/**
 * The certainty markers of the checklist catalogs ("[likely]", "[open]", "[firm]") say how sure we are of a fact;
 * they are notes for whoever maintains the catalog and never go into a workbook.
 */
public final class CertaintyMarkers {

	private static final Pattern MARKER = Pattern.compile("\\s*\\[(?:likely|open|firm)\\]\\s*"); //$NON-NLS-1$

	private CertaintyMarkers() {
	}

	/** @return the text without its markers; {@code null} stays {@code null} */
	public static String strip(String text) {
		if (text == null) {
			return null;
		}
		return MARKER.matcher(text).replaceAll(" ").strip(); //$NON-NLS-1$
	}
}
