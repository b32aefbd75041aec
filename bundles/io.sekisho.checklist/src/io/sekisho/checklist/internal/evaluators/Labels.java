package io.sekisho.checklist.internal.evaluators;

import java.util.List;
import java.util.stream.Collectors;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.Named;

/** Short names of model elements for reasons. Never shows secrets: accounts are named by user and device only. */
final class Labels {

	/** Reasons list at most this many elements by name and count the rest. */
	private static final int MAX_NAMED = 5;

	private Labels() {
	}

	static String of(Named named) {
		return named == null || named.getName() == null || named.getName().isBlank() ? "?" : named.getName(); //$NON-NLS-1$
	}

	static String of(Device device) {
		return of((Named) device);
	}

	static String of(Account account) {
		String where = account.getDevice() != null ? of(account.getDevice()) : account.getSystem() != null ? account.getSystem() : "?"; //$NON-NLS-1$
		return (account.getUserName() == null ? "?" : account.getUserName()) + "@" + where; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return "a, b, c (+2)" */
	static String list(List<String> names) {
		String shown = names.stream().limit(MAX_NAMED).collect(Collectors.joining(", ")); //$NON-NLS-1$
		return names.size() > MAX_NAMED ? shown + " (+" + (names.size() - MAX_NAMED) + ")" : shown; //$NON-NLS-1$ //$NON-NLS-2$
	}
}
