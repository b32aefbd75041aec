package io.sekisho.workbook.internal.sheets;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.PasswordAssessment;

/**
 * The verdict shown for an account's password: not checked (no assessment), OK (assessed, no finding code) or
 * action needed (at least one finding code from the password module).
 */
enum PasswordVerdict {
	OK("verdict.ok"), ACTION_NEEDED("verdict.action"), NOT_CHECKED("verdict.unchecked"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

	final String textKey;

	PasswordVerdict(String textKey) {
		this.textKey = textKey;
	}

	static PasswordVerdict of(Account account) {
		PasswordAssessment assessment = account.getPasswordAssessment();
		if (assessment == null || assessment.getAssessedAt() == null) {
			return NOT_CHECKED;
		}
		return assessment.getFindingCodes().isEmpty() ? OK : ACTION_NEEDED;
	}
}
