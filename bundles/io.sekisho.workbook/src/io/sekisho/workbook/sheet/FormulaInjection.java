package io.sekisho.workbook.sheet;

import java.text.Normalizer;

/**
 * Texts that a spreadsheet would take for a formula when a user edits the cell or saves it as CSV. Such texts
 * are written as text cells with the quote prefix ('), so they are shown and kept literally. The test runs on
 * the NFKC form of the text: Japanese Excel turns a full-width ＝＋－＠ into a formula on re-entry just like the
 * ASCII signs.
 */
public final class FormulaInjection {

	private FormulaInjection() {
	}

	/**
	 * @return whether {@code text}, NFKC-normalized, begins with =, +, -, @ or a tab, carriage return or line feed
	 *         (as in CSV attacks)
	 */
	public static boolean looksLikeFormula(String text) {
		if (text == null || text.isEmpty()) {
			return false;
		}
		char first = text.charAt(0);
		if (first >= 0x80) { // only a non-ASCII first character can normalize into a sign (＝ -> =); ASCII stays
			String normalized = Normalizer.normalize(text.substring(0, Character.charCount(text.codePointAt(0))), Normalizer.Form.NFKC);
			if (normalized.isEmpty()) {
				return false;
			}
			first = normalized.charAt(0);
		}
		return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r' || first == '\n'
				|| first == '\u2212'; // MINUS SIGN, which Excel also reads as a sign
	}
}
