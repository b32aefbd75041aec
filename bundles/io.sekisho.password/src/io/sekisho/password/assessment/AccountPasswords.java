package io.sekisho.password.assessment;

import java.io.IOException;
import java.time.Instant;
import java.util.Optional;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.CharacterClass;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.password.CheckContext;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.PasswordProfile;
import io.sekisho.password.Verdict;
import io.sekisho.password.breached.BreachedIndex;
import io.sekisho.password.fingerprint.Fingerprint;
import io.sekisho.password.vault.PasswordVault;

/**
 * Assesses an account's password into its {@link PasswordAssessment}: profile, score, length, character classes,
 * finding codes and the facility fingerprint; never the password. Reuse is looked up among the facility's other
 * accounts (fingerprints) and, with a vault, in the other facilities of this installation, where the account's
 * use is then recorded.
 */
public final class AccountPasswords {

	private final PasswordChecker checker;

	public AccountPasswords(PasswordChecker checker) {
		this.checker = checker;
	}

	/** The check context of one account: facility words, the account's MFA, its facility's fingerprints. */
	public CheckContext contextFor(FacilityWorkbook workbook, Account account, PasswordProfile profile,
			Optional<PasswordVault> vault, Optional<BreachedIndex> breached) {
		FacilityContext.requireUsable(workbook); // a short salt or a crafted cost is refused, never used
		CheckContext.Builder builder = CheckContext.builder(profile).contextWords(FacilityContext.words(workbook))
				.mfa(account.isMultiFactorAuthentication());
		builder.facility(FacilityContext.facilityFingerprints(workbook, account));
		vault.ifPresent(v -> builder.vault(v, FacilityContext.vaultKey(workbook)));
		breached.ifPresent(builder::breached);
		return builder.build();
	}

	/**
	 * Checks the password, replaces the account's assessment with the result and, with a vault, records the use.
	 * The caller wipes the password afterwards.
	 */
	public Verdict assess(FacilityWorkbook workbook, Account account, char[] password, PasswordProfile profile,
			Optional<PasswordVault> vault, Optional<BreachedIndex> breached) throws IOException {
		Verdict verdict = checker.check(password, contextFor(workbook, account, profile, vault, breached));
		account.setPasswordAssessment(toAssessment(verdict));
		if (vault.isPresent()) {
			String facilityLabel = workbook.getFacility() == null ? workbook.getId() : workbook.getFacility().getName();
			vault.get().record(java.nio.CharBuffer.wrap(password),
					new PasswordVault.Use(FacilityContext.vaultKey(workbook), facilityLabel, account.getId()));
		}
		return verdict;
	}

	static PasswordAssessment toAssessment(Verdict verdict) {
		PasswordAssessment a = FacilityFactory.eINSTANCE.createPasswordAssessment();
		a.setProfileId(verdict.profileId());
		a.setScore(verdict.score());
		a.setLength(verdict.length());
		for (io.sekisho.password.CharacterClass c : verdict.classes()) {
			a.getCharacterClasses().add(CharacterClass.getByName(c.name()));
		}
		a.getFindingCodes().addAll(verdict.findingCodes());
		verdict.fingerprint().ifPresent((Fingerprint f) -> {
			a.setFingerprint(f.hashBase64());
			a.setFingerprintScheme(f.scheme());
		});
		a.setAssessedAt(Instant.now());
		return a;
	}
}
