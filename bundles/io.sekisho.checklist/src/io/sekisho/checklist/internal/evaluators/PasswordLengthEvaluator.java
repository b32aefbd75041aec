package io.sekisho.checklist.internal.evaluators;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.core.labels.PasswordFindingLabels;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.CharacterClass;
import io.sekisho.model.facility.PasswordAssessment;

/**
 * ⑦: passwords of 8+ characters mixing letters, digits and symbols, changed periodically; no periodic change needed
 * with two-factor authentication or 13+ characters. Read from the stored password assessments (never a password):
 * a length finding or fewer than 8 characters is いいえ. はい only for 13+ characters or two-factor authentication,
 * because periodic change is not recorded in the model.
 */
public final class PasswordLengthEvaluator implements ItemEvaluator {

	static final int MIN_LENGTH = 8;
	static final int NO_ROTATION_LENGTH = 13;

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		Evidence evidence = new Evidence(context.item());
		for (Account account : Scope.accounts(context)) {
			if (account.getDevice() == null) {
				continue;
			}
			String column = evidence.columnOf(account.getDevice());
			PasswordAssessment assessment = account.getPasswordAssessment();
			if (column == null) {
				continue;
			}
			if (assessment == null) {
				evidence.unknown(column);
				continue;
			}
			List<String> findings = assessment.getFindingCodes().stream().filter(PasswordFindings.LENGTH::contains).toList();
			if (!findings.isEmpty() || assessment.getLength() < MIN_LENGTH) {
				// the findings by their names (短すぎる / too short), never their codes: reasons are read by people
				int length = assessment.getLength();
				evidence.bad(column, ReasonTexts.reason("password.short", List.of(account), locale -> new Object[] { Labels.of(account), length, //$NON-NLS-1$
						findings.isEmpty() ? "-" : PasswordFindingLabels.labels(findings, locale) })); //$NON-NLS-1$
			} else if (!mixed(assessment)) {
				evidence.bad(column, ReasonTexts.reason("password.notMixed", account, Labels.of(account))); //$NON-NLS-1$
			} else if (assessment.getLength() >= NO_ROTATION_LENGTH || account.isMultiFactorAuthentication()) {
				evidence.good(column, account);
			} else {
				evidence.unknown(column); // 8-12 mixed: fine only with periodic change, which the model does not record
			}
		}
		return evidence.proposals(good -> ReasonTexts.reason("password.long", good, good.size())); //$NON-NLS-1$
	}

	/** letters, digits and symbols (⑦ asks for all three) */
	private static boolean mixed(PasswordAssessment assessment) {
		Set<CharacterClass> classes = assessment.getCharacterClasses().isEmpty() ? EnumSet.noneOf(CharacterClass.class)
				: EnumSet.copyOf(assessment.getCharacterClasses());
		boolean letters = classes.contains(CharacterClass.LOWER) || classes.contains(CharacterClass.UPPER);
		return letters && classes.contains(CharacterClass.DIGIT) && classes.contains(CharacterClass.SYMBOL);
	}
}
