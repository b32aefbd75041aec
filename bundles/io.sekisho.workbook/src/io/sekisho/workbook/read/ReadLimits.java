package io.sekisho.workbook.read;

/**
 * Bounds that keep reading a hostile workbook (zip bomb, a million rows, huge strings) within a small amount of
 * memory and time. The defaults are far above what a filled checklist needs.
 *
 * @param maxFileBytes the largest file accepted (also the largest decrypted package)
 * @param maxRowsPerSheet rows beyond this in any sheet read make the file invalid
 * @param maxColumns cells right of this column are an error (a checklist sheet has a dozen columns)
 * @param maxCellChars the longest cell text kept
 */
public record ReadLimits(long maxFileBytes, int maxRowsPerSheet, int maxColumns, int maxCellChars) {

	public static ReadLimits defaults() {
		return new ReadLimits(32L * 1024 * 1024, 10_000, 256, 32_767);
	}
}
