package io.sekisho.core.labels;

import java.util.Locale;
import java.util.ResourceBundle;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.PasswordAssessment;

/**
 * The verdict on an account's password as people read it, the same words in the rich client, the command line
 * and the handover workbook (合格 / 不合格 / 未点検): not checked (no assessment), accepted (assessed without a
 * finding) or rejected (at least one finding). The labels live in verdicts.properties / verdicts_ja.properties
 * next to this class, the one place for these words.
 */
public enum PasswordVerdict {
	ACCEPTED, REJECTED, NOT_CHECKED;

	private static final String BUNDLE = "io.sekisho.core.labels.verdicts"; //$NON-NLS-1$

	/** @return the verdict on a stored assessment ({@code null} or never assessed: not checked) */
	public static PasswordVerdict of(PasswordAssessment assessment) {
		if (assessment == null || assessment.getAssessedAt() == null) {
			return NOT_CHECKED;
		}
		return assessment.getFindingCodes().isEmpty() ? ACCEPTED : REJECTED;
	}

	public static PasswordVerdict of(Account account) {
		return of(account.getPasswordAssessment());
	}

	/** @return the verdict of a check just made */
	public static PasswordVerdict of(boolean accepted) {
		return accepted ? ACCEPTED : REJECTED;
	}

	/** @return the label in a language chosen explicitly (a workbook's), Japanese or English */
	public String label(Locale locale) {
		Locale language = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT;
		return ResourceBundle.getBundle(BUNDLE, language, PasswordVerdict.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)).getString(name());
	}

	/** @return the label in the language of the user interface */
	public String label() {
		return label(Locale.getDefault());
	}
}
