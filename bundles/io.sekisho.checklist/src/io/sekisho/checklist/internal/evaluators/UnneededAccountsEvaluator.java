package io.sekisho.checklist.internal.evaluators;

import java.time.LocalDate;
import java.util.List;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountStatus;

/**
 * 2-(5) / 2-⑤: no account marked for deletion is still there, and no active account has gone unused for
 * {@value #UNUSED_DAYS} days.
 */
public final class UnneededAccountsEvaluator implements ItemEvaluator {

	/** Accounts unused this long count as not needed (a leaver's account typically). */
	static final int UNUSED_DAYS = 180;

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		Evidence evidence = new Evidence(context.item());
		LocalDate unusedSince = context.today().minusDays(UNUSED_DAYS);
		for (Account account : Scope.accounts(context)) {
			if (account.getDevice() == null) {
				continue;
			}
			String column = evidence.columnOf(account.getDevice());
			if (account.getStatus() == AccountStatus.TO_DELETE) {
				evidence.bad(column, ReasonTexts.reason("accounts.toDelete", account, Labels.of(account))); //$NON-NLS-1$
			} else if (account.getStatus() == AccountStatus.ACTIVE && account.getLastUsed() != null && account.getLastUsed().isBefore(unusedSince)) {
				evidence.bad(column, ReasonTexts.reason("accounts.unused", account, Labels.of(account), account.getLastUsed(), UNUSED_DAYS)); //$NON-NLS-1$
			} else {
				evidence.good(column, account);
			}
		}
		return evidence.proposals(good -> ReasonTexts.reason("accounts.allNeeded", good, good.size())); //$NON-NLS-1$
	}
}
