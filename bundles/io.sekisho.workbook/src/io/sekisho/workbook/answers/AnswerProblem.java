package io.sekisho.workbook.answers;

/**
 * A cell whose content cannot be taken over, or a warning about one.
 *
 * @param cell the A1-style reference, or {@code null} for a whole sheet
 */
public record AnswerProblem(String sheet, String cell, String message) {

	@Override
	public String toString() {
		return cell == null ? sheet + ": " + message : sheet + "!" + cell + ": " + message; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
