package io.sekisho.checklist.internal.evaluators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sekisho.checklist.catalog.DeviceColumn;
import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.model.facility.Account;

/**
 * Guideline 7.0 asks for a lockout after repeated failed logins (the FY2026 password item 2-⑦ explains it; 半田病院
 * and 大阪急性期 had none). Each active account's lockout record: なし is いいえ, 不明 leaves the column open.
 */
public final class LockoutEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		Evidence evidence = new Evidence(context.item());
		Map<String, List<Account>> without = new LinkedHashMap<>();
		for (Account account : Scope.accounts(context)) {
			String column = account.getDevice() != null ? evidence.columnOf(account.getDevice()) : DeviceColumn.GENERAL.getLiteral();
			if (column == null) {
				continue;
			}
			switch (account.getLockout()) {
			case NO -> without.computeIfAbsent(column, c -> new ArrayList<>()).add(account);
			case YES, NOT_APPLICABLE -> evidence.good(column, account);
			case UNKNOWN -> evidence.unknown(column);
			}
		}
		without.forEach((column, accounts) -> evidence.bad(column,
				ReasonTexts.reason("lockout.off", accounts, accounts.size(), Labels.list(accounts.stream().map(Labels::of).toList())))); //$NON-NLS-1$
		return evidence.proposals(good -> ReasonTexts.reason("lockout.on", good, good.size())); //$NON-NLS-1$
	}
}
