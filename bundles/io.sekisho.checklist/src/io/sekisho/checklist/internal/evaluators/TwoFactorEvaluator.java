package io.sekisho.checklist.internal.evaluators;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.checklist.catalog.DeviceColumn;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountKind;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;

/**
 * FY2026 2-⑪ (端末PC: logging in to an application of the medical information system) and 2-⑫ (サーバ: logging in
 * to the server's operating system) from the two-factor records. Application logins are the accounts of a system
 * (no device, e.g. the EHR); OS logins are a server's own record ({@code multiFactorLogin}) or, where that is not
 * recorded, the second-factor record of every person's account on it. Service accounts (used by software) are not
 * logins of a person and are left out.
 */
public final class TwoFactorEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		Evidence evidence = new Evidence(context.item());
		List<String> columns = Editions.columnIds(context.item());
		if (columns.contains(DeviceColumn.CLIENT_PC.getLiteral())) {
			applicationLogins(context, evidence, DeviceColumn.CLIENT_PC.getLiteral());
		}
		if (columns.contains(DeviceColumn.SERVER.getLiteral())) {
			serverLogins(context, evidence, DeviceColumn.SERVER.getLiteral());
		}
		return evidence.proposals(good -> ReasonTexts.reason("mfa.on", good, good.size())); //$NON-NLS-1$
	}

	private static void applicationLogins(EvaluationContext context, Evidence evidence, String column) {
		List<Account> without = new ArrayList<>();
		for (Account account : Scope.accounts(context)) {
			if (account.getDevice() != null || !personal(account)) {
				continue;
			}
			if (account.isMultiFactorAuthentication()) {
				evidence.good(column, account);
			} else {
				without.add(account);
			}
		}
		if (!without.isEmpty()) {
			evidence.bad(column, ReasonTexts.reason("mfa.application", without, without.size(), Labels.list(without.stream().map(Labels::of).toList()))); //$NON-NLS-1$
		}
	}

	private static void serverLogins(EvaluationContext context, Evidence evidence, String column) {
		List<Device> without = new ArrayList<>();
		for (Device server : Scope.devices(context)) {
			if (server.getCategory() != DeviceCategory.SERVER) {
				continue;
			}
			Availability recorded = server.getMultiFactorLogin();
			if (recorded == Availability.UNKNOWN) {
				recorded = fromAccounts(context, server);
			}
			switch (recorded) {
			case YES, NOT_APPLICABLE -> evidence.good(column, server);
			case NO -> without.add(server);
			case UNKNOWN -> evidence.unknown(column);
			}
		}
		if (!without.isEmpty()) {
			evidence.bad(column, ReasonTexts.reason("mfa.server", without, without.size(), Labels.list(without.stream().map(Labels::of).toList()))); //$NON-NLS-1$
		}
	}

	/** @return YES when every personal account on the server has a second factor, NO when one has not, UNKNOWN without accounts */
	private static Availability fromAccounts(EvaluationContext context, Device server) {
		Availability result = Availability.UNKNOWN;
		for (Account account : Scope.accounts(context)) {
			if (account.getDevice() != server || !personal(account)) {
				continue;
			}
			if (!account.isMultiFactorAuthentication()) {
				return Availability.NO;
			}
			result = Availability.YES;
		}
		return result;
	}

	private static boolean personal(Account account) {
		return account.getKind() != AccountKind.SERVICE && account.getStatus() == AccountStatus.ACTIVE;
	}
}
