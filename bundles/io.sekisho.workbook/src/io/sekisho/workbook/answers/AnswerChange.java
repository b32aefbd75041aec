package io.sekisho.workbook.answers;

import io.sekisho.workbook.internal.sheets.ChecklistSheetIndex;

/**
 * One value of the workbook that differs from the model.
 *
 * @param sheet the sheet and {@code cell} the cell (A1 style) it was read from
 * @param assessment which assessment it belongs to (facility form, or a vendor's)
 * @param itemLabel the item's number as printed, for messages
 * @param before the value in the model ({@code null} when empty): an Answer, a LocalDate or a String
 * @param after the value in the workbook ({@code null} when empty)
 */
public record AnswerChange(String sheet, String cell, ChecklistSheetIndex.Entry assessment, String itemId, String columnId,
		String itemLabel, AnswerField field, Object before, Object after) {
}
