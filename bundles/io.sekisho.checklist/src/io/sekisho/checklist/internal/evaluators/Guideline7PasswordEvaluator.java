package io.sekisho.checklist.internal.evaluators;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.checklist.catalog.DeviceColumn;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.CharacterClass;
import io.sekisho.model.facility.PasswordAssessment;

/**
 * FY2026 2-⑦ under guideline 7.0: letters and digits mixed, at least 13 characters without two-factor authentication
 * and at least 8 with it; no periodic change. Read from the stored assessments (length and character classes,
 * never a password) and the account's two-factor record. Accounts of a system (no device) count in 全般.
 */
public final class Guideline7PasswordEvaluator implements ItemEvaluator {

	static final int WITH_SECOND_FACTOR = 8;
	static final int PASSWORD_ONLY = 13;

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		Evidence evidence = new Evidence(context.item());
		for (Account account : Scope.accounts(context)) {
			String column = account.getDevice() != null ? evidence.columnOf(account.getDevice()) : DeviceColumn.GENERAL.getLiteral();
			if (column == null) {
				continue;
			}
			PasswordAssessment assessment = account.getPasswordAssessment();
			if (assessment == null) {
				evidence.unknown(column);
				continue;
			}
			int needed = account.isMultiFactorAuthentication() ? WITH_SECOND_FACTOR : PASSWORD_ONLY;
			if (assessment.getLength() < needed) {
				evidence.bad(column, ReasonTexts.reason("gl7.short", account, Labels.of(account), assessment.getLength(), needed)); //$NON-NLS-1$
			} else if (!lettersAndDigits(assessment)) {
				evidence.bad(column, ReasonTexts.reason("gl7.notMixed", account, Labels.of(account))); //$NON-NLS-1$
			} else {
				evidence.good(column, account);
			}
		}
		return evidence.proposals(good -> ReasonTexts.reason("gl7.ok", good, good.size())); //$NON-NLS-1$
	}

	static boolean lettersAndDigits(PasswordAssessment assessment) {
		Set<CharacterClass> classes = assessment.getCharacterClasses().isEmpty() ? EnumSet.noneOf(CharacterClass.class)
				: EnumSet.copyOf(assessment.getCharacterClasses());
		return (classes.contains(CharacterClass.LOWER) || classes.contains(CharacterClass.UPPER)) && classes.contains(CharacterClass.DIGIT);
	}
}
