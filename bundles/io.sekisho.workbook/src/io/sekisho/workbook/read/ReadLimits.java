package io.sekisho.workbook.read;

/**
 * Bounds that keep reading a hostile workbook (zip bomb, a million rows, huge strings) within a small amount of
 * memory and time. The defaults are far above what a filled checklist needs.
 *
 * @param maxFileBytes the largest file accepted (also the largest decrypted package)
 * @param maxRowsPerSheet rows beyond this in any sheet read make the file invalid
 * @param maxColumns cells right of this column are an error (a checklist sheet has a dozen columns)
 * @param maxCellChars the longest cell text kept
 * @param keptColumns cells in this column or right of it are skipped unread (the import reads the first ten)
 * @param maxTotalChars the text of all cells kept in one read, together: beyond it the file is refused (one long
 *            shared string referenced by a million cells would else cost a copy per cell)
 * @param maxSharedStringsBytes the largest shared-strings part (uncompressed) accepted
 * @param maxStylesBytes the largest styles part (uncompressed) accepted
 */
public record ReadLimits(long maxFileBytes, int maxRowsPerSheet, int maxColumns, int maxCellChars, int keptColumns,
		long maxTotalChars, long maxSharedStringsBytes, long maxStylesBytes) {

	/** Limits with the defaults for the bounds of the whole read; every column up to {@code maxColumns} kept. */
	public ReadLimits(long maxFileBytes, int maxRowsPerSheet, int maxColumns, int maxCellChars) {
		this(maxFileBytes, maxRowsPerSheet, maxColumns, maxCellChars, maxColumns, 4_000_000, 16L * 1024 * 1024,
				4L * 1024 * 1024);
	}

	public static ReadLimits defaults() {
		return new ReadLimits(32L * 1024 * 1024, 10_000, 256, 32_767, 16, 4_000_000, 16L * 1024 * 1024, 4L * 1024 * 1024);
	}
}
