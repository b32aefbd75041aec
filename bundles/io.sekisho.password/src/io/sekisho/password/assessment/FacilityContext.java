package io.sekisho.password.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.model.FacilityWords;
import io.sekisho.password.ContextWords;
import io.sekisho.password.fingerprint.Argon2Fingerprinter;
import io.sekisho.password.fingerprint.Argon2Parameters;
import io.sekisho.password.fingerprint.FacilityFingerprints;
import io.sekisho.password.fingerprint.Fingerprint;
import io.sekisho.password.internal.Messages;
import io.sekisho.password.vault.FacilityKeys;

/** What a facility's .sekisho file contributes to a check: its context words and its accounts' fingerprints. */
public final class FacilityContext {

	private FacilityContext() {
	}

	/** The facility's names, abbreviations, domains, representative and extra words, plus its vendors' names. */
	public static ContextWords words(FacilityWorkbook workbook) {
		List<String> raw = new ArrayList<>(FacilityWords.of(workbook.getFacility()));
		for (Organization o : workbook.getOrganizations()) {
			raw.add(o.getName());
			raw.add(o.getNameKana());
		}
		return ContextWords.of(raw);
	}

	/**
	 * The fingerprints of the facility's assessed accounts except {@code except} (the account being assessed,
	 * whose old fingerprint is not a reuse), by fingerprint with the account labels.
	 */
	public static Map<Fingerprint, List<String>> fingerprints(FacilityWorkbook workbook, Account except) {
		Map<Fingerprint, List<String>> byFingerprint = new LinkedHashMap<>();
		byte[] salt = workbook.getFingerprintSalt();
		for (Account account : workbook.getAccounts()) {
			PasswordAssessment a = account.getPasswordAssessment();
			if (account == except || a == null || a.getFingerprint() == null || a.getFingerprintScheme() == null || salt == null) {
				continue;
			}
			try {
				Fingerprint f = Fingerprint.of(a.getFingerprintScheme(), salt, a.getFingerprint());
				byFingerprint.computeIfAbsent(f, k -> new ArrayList<>()).add(label(account));
			} catch (Fingerprint.UnacceptableFingerprintException attack) {
				throw new IllegalArgumentException(label(account) + ": " + attack.getMessage(), attack); //$NON-NLS-1$
			} catch (IllegalArgumentException unknownScheme) {
				// a scheme this version does not know cannot be compared; the assessment stays as it is
			}
		}
		return byFingerprint;
	}

	/**
	 * Checks what a facility file contributes before any password is checked against it: a fingerprint salt of at
	 * least 16 bytes, and stored fingerprints whose cost a file did not choose beyond the bounds.
	 *
	 * @throws IllegalArgumentException with a message for the user (Japanese or English)
	 */
	public static void requireUsable(FacilityWorkbook workbook) {
		byte[] salt = workbook.getFingerprintSalt();
		int length = salt == null ? 0 : salt.length;
		if (length < Argon2Fingerprinter.SALT_BYTES) {
			throw new IllegalArgumentException(NLS.bind(Messages.Facility_saltTooShort, length, Argon2Fingerprinter.SALT_BYTES));
		}
		fingerprints(workbook, null);
	}

	public static FacilityFingerprints facilityFingerprints(FacilityWorkbook workbook, Account except) {
		return new FacilityFingerprints(workbook.getFingerprintSalt(), Argon2Parameters.SEKISHO, fingerprints(workbook, except));
	}

	/** @return how the vault names this facility: its id and its salt (see {@link FacilityKeys}) */
	public static String vaultKey(FacilityWorkbook workbook) {
		return FacilityKeys.of(workbook.getId(), workbook.getFingerprintSalt());
	}

	/** "device / user" or "system / user": how findings name an account; never anything from the password. */
	public static String label(Account account) {
		String where = account.getDevice() != null && account.getDevice().getName() != null ? account.getDevice().getName()
				: account.getSystem();
		String user = account.getUserName() == null ? account.getId() : account.getUserName();
		return where == null || where.isBlank() ? user : where + " / " + user; //$NON-NLS-1$
	}
}
