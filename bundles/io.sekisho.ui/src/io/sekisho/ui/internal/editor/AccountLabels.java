package io.sekisho.ui.internal.editor;

import io.sekisho.model.facility.Account;

/** How an account is named in lists: user@device, or user@system. */
final class AccountLabels {

	private AccountLabels() {
	}

	static String of(Account account) {
		String where = account.getDevice() != null ? account.getDevice().getName() : account.getSystem();
		return account.getUserName() + (where == null || where.isBlank() ? "" : "@" + where); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
