package io.sekisho.password.vault;

import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * Remembers which facilities of this installation use which password, without keeping the passwords: only a
 * tag keyed with the installation's secret. Finds a password used at two client hospitals (checklist R7 item 8).
 * Facilities are named by their vault key ({@code FacilityContext.vaultKey}: the facility id and its salt), so a
 * file copied from another facility (same id, another salt) counts as another facility.
 */
public interface PasswordVault {

	/** One use of a password: an account of a facility. Labels are shown in findings. */
	record Use(String facilityId, String facilityLabel, String accountId) {
	}

	/** What the vault holds for one account (a tag, never the password), to restore it when a command is undone. */
	record Recorded(String scheme, String tag, Use use) {
	}

	/** Uses of this password in facilities other than {@code facilityId}. */
	List<Use> usesElsewhere(CharSequence password, String facilityId) throws IOException;

	/** Records the account's current password, replacing what was recorded for the account before. */
	void record(CharSequence password, Use use) throws IOException;

	/** Forgets an account (deleted, or its password is no longer known). */
	void forget(String facilityId, String accountId) throws IOException;

	/** @return what is recorded for the account, if anything */
	default Optional<Recorded> recorded(String facilityId, String accountId) throws IOException {
		return Optional.empty();
	}

	/** Puts back what {@link #recorded(String, String)} returned (or forgets the account when it was empty). */
	default void restore(String facilityId, String accountId, Optional<Recorded> previous) throws IOException {
		forget(facilityId, accountId);
	}

	/**
	 * @return vault keys of other facilities with the same facility id but another salt: copies of one file
	 *         started as separate facilities (reuse between them is reported, and the user should be told)
	 */
	default List<String> copiesOf(String facilityId) throws IOException {
		return List.of();
	}
}
