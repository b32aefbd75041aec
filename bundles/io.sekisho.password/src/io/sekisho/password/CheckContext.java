package io.sekisho.password;

import java.util.List;
import java.util.Optional;

import io.sekisho.password.breached.BreachedIndex;
import io.sekisho.password.fingerprint.FacilityFingerprints;
import io.sekisho.password.vault.PasswordVault;

/**
 * Everything a check needs besides the password: the profile, the circumstances (two-factor authentication,
 * periodic change), words an attacker would try for this facility, and where reuse and breaches are looked up.
 * Build one with {@link #builder(PasswordProfile)}.
 */
public record CheckContext(PasswordProfile profile, ContextWords contextWords, boolean mfa, boolean periodicChange,
		Optional<FacilityFingerprints> facility, Optional<VaultLookup> vault, Optional<BreachedIndex> breached) {

	/** Cross-facility reuse: the vault and the id of the facility the password belongs to. */
	public record VaultLookup(PasswordVault vault, String facilityId) {
	}

	public static Builder builder(PasswordProfile profile) {
		return new Builder(profile);
	}

	public static final class Builder {
		private final PasswordProfile profile;
		private ContextWords words = ContextWords.NONE;
		private boolean mfa;
		private boolean periodicChange;
		private FacilityFingerprints facility;
		private VaultLookup vault;
		private BreachedIndex breached;

		private Builder(PasswordProfile profile) {
			this.profile = profile;
		}

		public Builder contextWords(ContextWords contextWords) {
			this.words = contextWords;
			return this;
		}

		public Builder contextWords(List<String> rawWords) {
			return contextWords(ContextWords.of(rawWords));
		}

		public Builder mfa(boolean value) {
			this.mfa = value;
			return this;
		}

		public Builder periodicChange(boolean value) {
			this.periodicChange = value;
			return this;
		}

		/** Reuse within the facility: its salt and the fingerprints of its other accounts. */
		public Builder facility(FacilityFingerprints value) {
			this.facility = value;
			return this;
		}

		public Builder vault(PasswordVault value, String facilityId) {
			this.vault = new VaultLookup(value, facilityId);
			return this;
		}

		public Builder breached(BreachedIndex value) {
			this.breached = value;
			return this;
		}

		public CheckContext build() {
			return new CheckContext(profile, words, mfa, periodicChange, Optional.ofNullable(facility),
					Optional.ofNullable(vault), Optional.ofNullable(breached));
		}
	}
}
