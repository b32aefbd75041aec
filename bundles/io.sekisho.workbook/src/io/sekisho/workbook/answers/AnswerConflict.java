package io.sekisho.workbook.answers;

import io.sekisho.workbook.internal.sheets.ChecklistSheetIndex;

/**
 * A value changed on both sides since the export: the facility typed {@code theirs} into the workbook while
 * {@code ours} was entered in Sekisho. Not applied until the user chooses a side.
 *
 * @param atExport the value the cell held at export ({@code null} when empty, or unknown for a workbook of format 1)
 * @param theirs the value in the workbook ({@code null} when empty)
 * @param ours the value in the model now ({@code null} when empty)
 */
public record AnswerConflict(String sheet, String cell, ChecklistSheetIndex.Entry assessment, String itemId,
		String columnId, String itemLabel, AnswerField field, Object atExport, Object theirs, Object ours) {

	/** Which side of a conflict to keep. */
	public enum Side {
		/** the workbook's value (the facility's) */
		THEIRS,
		/** the model's value (Sekisho's) */
		OURS
	}

	/** @return the change that takes the workbook's value over */
	public AnswerChange takeTheirs() {
		return new AnswerChange(sheet, cell, assessment, itemId, columnId, itemLabel, field, ours, theirs);
	}
}
