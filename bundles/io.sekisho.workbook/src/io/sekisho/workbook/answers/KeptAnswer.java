package io.sekisho.workbook.answers;

/**
 * A value that changed in Sekisho since the export while the workbook still shows it as it was then: the model's
 * newer value is kept (a stale workbook never erases newer answers). Reported so the user sees why nothing changed.
 *
 * @param atExport the value at export, as the workbook still shows it ({@code null} when empty)
 * @param ours the newer value in the model, kept ({@code null} when empty)
 */
public record KeptAnswer(String sheet, String cell, String itemLabel, AnswerField field, Object atExport, Object ours) {
}
