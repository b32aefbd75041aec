package io.sekisho.workbook.sheet;

/**
 * How many lines a wrapped text takes in a column of a given width, so that rows get a height that shows the
 * whole text: neither Excel nor the PDF export of LibreOffice fits row heights of a written file by itself.
 * Full-width characters count twice (see {@link DisplayWidth}); Latin text breaks at spaces where it can.
 */
public final class RowHeights {

	/** The height of one line of the default 11 pt font with Japanese glyphs (Excel: 18.75 pt for 游ゴシック). */
	public static final float LINE_POINTS = 18f;

	/** Characters of a column lost to the cell's padding. */
	static final int PADDING = 1;

	private RowHeights() {
	}

	/** @return the lines {@code text} takes in a column {@code columnChars} wide; 1 for an empty text */
	public static int lines(String text, int columnChars) {
		if (text == null || text.isEmpty()) {
			return 1;
		}
		int capacity = Math.max(1, columnChars - PADDING);
		if (2 * text.length() <= capacity && text.indexOf('\n') < 0) {
			return 1; // even if every character were full-width it fits: the common case, no scan
		}
		int lines = 0;
		for (String paragraph : text.split("\n", -1)) { //$NON-NLS-1$
			lines += paragraphLines(paragraph, capacity);
		}
		return Math.max(1, lines);
	}

	private static int paragraphLines(String paragraph, int capacity) {
		int lines = 1;
		int used = 0;
		int sinceSpace = -1; // width since the last space on this line, -1 without a space
		for (int i = 0; i < paragraph.length();) {
			int cp = paragraph.codePointAt(i);
			i += Character.charCount(cp);
			int w = DisplayWidth.isWide(cp) ? 2 : 1;
			if (used + w > capacity) {
				lines++;
				// a Latin word moves to the next line whole, when the line had a space before it
				used = sinceSpace >= 0 && !DisplayWidth.isWide(cp) ? sinceSpace : 0;
				sinceSpace = -1;
			}
			used += w;
			if (cp == ' ') {
				sinceSpace = 0;
			} else if (sinceSpace >= 0) {
				sinceSpace += w;
			}
		}
		return lines;
	}

	/** @return the row height in points for a row whose tallest cell takes {@code lines} lines */
	public static float points(int lines) {
		return lines * LINE_POINTS + 2;
	}
}
