package io.sekisho.workbook.sheet;

/**
 * Texts that a spreadsheet would take for a formula when a user edits the cell or saves it as CSV. Such texts
 * are written as text cells with the quote prefix ('), so they are shown and kept literally.
 */
public final class FormulaInjection {

	private FormulaInjection() {
	}

	/** @return whether {@code text} begins with =, +, -, @ (or a tab or carriage return, as in CSV attacks) */
	public static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
	}
}
