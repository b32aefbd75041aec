package io.sekisho.core.demo;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountKind;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.CharacterClass;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.PasswordAssessment;

/**
 * Accounts of the demo hospital with password assessments: some weak, three administrator accounts sharing one
 * password. No password exists anywhere, not even in this code: the assessments are written as results.
 */
final class DemoAccounts {

	/**
	 * The scheme of the demo's fingerprints: opaque markers, equal for accounts that are meant to share a password.
	 * They are not derived from any password and are never equal to a real (Argon2id) fingerprint.
	 */
	static final String FINGERPRINT_SCHEME = "sekisho-demo-opaque-sha256"; //$NON-NLS-1$

	/** The profile the demo assessments were "made" with: the password module's MHLW 2024 notice profile. */
	static final String PROFILE = "mhlw-2024"; //$NON-NLS-1$

	private static final Instant ASSESSED = Instant.parse("2025-06-02T01:30:00Z"); //$NON-NLS-1$
	private static final List<CharacterClass> LOWER_DIGIT = List.of(CharacterClass.LOWER, CharacterClass.DIGIT);
	private static final List<CharacterClass> ALL_CLASSES = List.of(CharacterClass.LOWER, CharacterClass.UPPER, CharacterClass.DIGIT, CharacterClass.SYMBOL);

	private final DemoContext c;
	private final DemoOrganizations orgs;
	private final DemoDevices devices;

	DemoAccounts(DemoContext c, DemoOrganizations orgs, DemoDevices devices) {
		this.c = c;
		this.orgs = orgs;
		this.devices = devices;
	}

	void build() {
		// one administrator password on the EHR servers and the receipt computer (the pattern of several incidents)
		for (Device server : List.of(devices.ehrPrimary, devices.ehrStandby, devices.receipt)) {
			Account admin = account(server, null, "Administrator", AccountKind.ADMIN, "情報システム室", null); //$NON-NLS-1$ //$NON-NLS-2$
			admin.setPasswordAssessment(assessment("shared-admin", 1, 9, ALL_CLASSES.subList(0, 3), "context-word", "reused-in-facility")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		Account vendor = account(devices.ehrPrimary, null, "mente", AccountKind.MAINTENANCE, "保守担当者（共用）", orgs.ehrVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		vendor.setPasswordAssessment(assessment("ehr-maintenance", 0, 6, LOWER_DIGIT, "too-short", "dictionary-word", "reused-in-facility", "reused-across-facilities")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		Account vpnAdmin = account(devices.fortigate, null, "admin", AccountKind.ADMIN, "電子カルテベンダー", orgs.ehrVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		vpnAdmin.setPasswordAssessment(assessment("fortigate-admin", 1, 8, LOWER_DIGIT, "short-without-mfa-or-rotation", "missing-character-classes", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"context-word")); //$NON-NLS-1$
		Account vpnUser = account(devices.fortigate, null, "ssl-vpn-mente", AccountKind.MAINTENANCE, "電子カルテベンダー保守員", orgs.ehrVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		vpnUser.setPasswordAssessment(assessment("ehr-maintenance", 0, 6, LOWER_DIGIT, "too-short", "dictionary-word", "reused-in-facility", "reused-across-facilities")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

		Account catering = account(devices.catererVpn, null, "admin", AccountKind.ADMIN, "給食委託先", orgs.caterer); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		catering.setPasswordAssessment(assessment("catering-default", 0, 5, List.of(CharacterClass.LOWER), "too-short", "factory-default")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Account rdp = account(devices.mealServer, null, "meal", AccountKind.SERVICE, "給食委託先（常時 RDP）", orgs.caterer); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		rdp.setPasswordAssessment(assessment("catering-rdp", 1, 8, LOWER_DIGIT, "short-without-mfa-or-rotation", "missing-character-classes")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		Account domainAdmin = account(null, "Active Directory", "kkh-admin", AccountKind.ADMIN, "情報システム室長", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		domainAdmin.setMultiFactorAuthentication(true);
		domainAdmin.setPasswordAssessment(assessment("domain-admin", 4, 16, ALL_CLASSES)); //$NON-NLS-1$
		Account pacsService = account(devices.pacs, null, "pacsadmin", AccountKind.MAINTENANCE, "東和メディカル", orgs.medicalDeviceVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		pacsService.setPasswordAssessment(assessment("pacs-service", 2, 10, ALL_CLASSES.subList(0, 3), "missing-character-classes")); //$NON-NLS-1$ //$NON-NLS-2$
		Account ctService = account(devices.ct, null, "service", AccountKind.MAINTENANCE, "東和メディカル", orgs.medicalDeviceVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ctService.setPasswordAssessment(assessment("ct-default", 0, 7, List.of(CharacterClass.LOWER), "factory-default", "too-short")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		// the X-ray system still has the manufacturer's service account; nobody knows whether its password was changed
		account(devices.xray, null, "insite", AccountKind.MAINTENANCE, "東和メディカル（メーカー保守）", orgs.medicalDeviceVendor); //$NON-NLS-1$ //$NON-NLS-2$

		Account ehrUsers = account(null, "電子カルテ", "doctor01", AccountKind.USER, "医局（共用 ID）", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		ehrUsers.setLastUsed(LocalDate.of(2025, 5, 30));
		ehrUsers.setPasswordAssessment(assessment("ehr-shared-user", 1, 8, LOWER_DIGIT, "date-or-year", "missing-character-classes")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		// a leaver's account waiting for deletion and the account of a retired PC (checklist 2-(5))
		Account leaver = account(null, "電子カルテ", "yamada.h", AccountKind.USER, "退職者（2024年度末）", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		leaver.setStatus(AccountStatus.TO_DELETE);
		leaver.setLastUsed(LocalDate.of(2025, 3, 28));
		Account retired = account(devices.retiredPc, null, "Administrator", AccountKind.ADMIN, "情報システム室", null); //$NON-NLS-1$ //$NON-NLS-2$
		retired.setStatus(AccountStatus.DISABLED);
	}

	private Account account(Device device, String system, String userName, AccountKind kind, String owner, Organization organization) {
		String on = device != null ? device.getName() : system;
		Account account = c.withId(c.f.createAccount(), "account/" + on + "/" + userName); //$NON-NLS-1$ //$NON-NLS-2$
		account.setDevice(device);
		account.setSystem(system);
		account.setUserName(userName);
		account.setKind(kind);
		account.setOwner(owner);
		account.setOwnerOrganization(organization);
		account.setStatus(AccountStatus.ACTIVE);
		c.workbook.getAccounts().add(account);
		return account;
	}

	/** @param reuseGroup accounts with the same group share a password, so their fingerprints are equal */
	private PasswordAssessment assessment(String reuseGroup, int score, int length, List<CharacterClass> classes, String... findings) {
		PasswordAssessment a = c.f.createPasswordAssessment();
		a.setProfileId(PROFILE);
		a.setScore(score);
		a.setLength(length);
		a.getCharacterClasses().addAll(classes);
		a.getFindingCodes().addAll(List.of(findings));
		a.setFingerprint(Base64.getEncoder().withoutPadding().encodeToString(
				DemoContext.sha256(Base64.getEncoder().encodeToString(c.workbook.getFingerprintSalt()) + "/reuse-group:" + reuseGroup))); //$NON-NLS-1$
		a.setFingerprintScheme(FINGERPRINT_SCHEME);
		a.setAssessedAt(ASSESSED);
		return a;
	}
}
