package io.sekisho.password.vault;

import java.io.IOException;
import java.util.List;

/**
 * Remembers which facilities of this installation use which password, without keeping the passwords: only a
 * tag keyed with the installation's secret. Finds a password used at two client hospitals (checklist R7 item 8).
 */
public interface PasswordVault {

	/** One use of a password: an account of a facility. Labels are shown in findings. */
	record Use(String facilityId, String facilityLabel, String accountId) {
	}

	/** Uses of this password in facilities other than {@code facilityId}. */
	List<Use> usesElsewhere(CharSequence password, String facilityId) throws IOException;

	/** Records the account's current password, replacing what was recorded for the account before. */
	void record(CharSequence password, Use use) throws IOException;

	/** Forgets an account (deleted, or its password is no longer known). */
	void forget(String facilityId, String accountId) throws IOException;
}
