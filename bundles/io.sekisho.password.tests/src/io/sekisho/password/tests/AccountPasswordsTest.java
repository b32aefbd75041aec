package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.model.Workbooks;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.model.facility.Person;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.password.FindingCode;
import io.sekisho.password.Verdict;
import io.sekisho.password.assessment.AccountPasswords;
import io.sekisho.password.fingerprint.Argon2Parameters;
import io.sekisho.password.vault.FileInstallationSecret;
import io.sekisho.password.vault.FilePasswordVault;
import io.sekisho.password.vault.PasswordVault;

/** Assessing the accounts of a facility model: the assessment holds no password, reuse shows up by fingerprint. */
class AccountPasswordsTest {

	private static final String SHARED = "Vq7#mZ2!kR9w$Lp4"; //$NON-NLS-1$

	@TempDir
	Path dir;

	private static FacilityWorkbook koro() {
		FacilityWorkbook workbook = Workbooks.create();
		workbook.getFacility().setName("厚労記念病院"); //$NON-NLS-1$
		workbook.getFacility().setNameRomaji("Koro Kinen Byoin"); //$NON-NLS-1$
		Person representative = FacilityFactory.eINSTANCE.createPerson();
		representative.setNameRomaji("Koro Taro"); //$NON-NLS-1$
		workbook.getFacility().setRepresentative(representative);
		return workbook;
	}

	private static Account account(FacilityWorkbook workbook, String device, String user) {
		Device d = FacilityFactory.eINSTANCE.createDevice();
		d.setId(io.sekisho.model.ModelIds.newId());
		d.setName(device);
		workbook.getDevices().add(d);
		Account a = FacilityFactory.eINSTANCE.createAccount();
		a.setId(io.sekisho.model.ModelIds.newId());
		a.setDevice(d);
		a.setUserName(user);
		workbook.getAccounts().add(a);
		return a;
	}

	@Test
	void assessmentHoldsMeasurementsAndFingerprintButNoPassword() throws IOException {
		FacilityWorkbook workbook = koro();
		Account vpn = account(workbook, "VPN", "admin"); //$NON-NLS-1$ //$NON-NLS-2$
		Account ehr = account(workbook, "EHR server", "Administrator"); //$NON-NLS-1$ //$NON-NLS-2$
		AccountPasswords service = new AccountPasswords(DemoFacility.CHECKER);

		Verdict first = service.assess(workbook, vpn, SHARED.toCharArray(), DemoFacility.CATALOG.defaultProfile(), Optional.empty(), Optional.empty());
		assertTrue(first.accepted(), first.findingCodes().toString());
		PasswordAssessment a = vpn.getPasswordAssessment();
		assertEquals("mhlw-2024", a.getProfileId()); //$NON-NLS-1$
		assertEquals(16, a.getLength());
		assertEquals(4, a.getCharacterClasses().size());
		assertEquals("argon2id$v=19$m=65536,t=3,p=1", a.getFingerprintScheme()); //$NON-NLS-1$
		assertNotNull(a.getAssessedAt());

		Verdict second = service.assess(workbook, ehr, SHARED.toCharArray(), DemoFacility.CATALOG.defaultProfile(), Optional.empty(), Optional.empty());
		assertTrue(second.has(FindingCode.REUSED_IN_FACILITY), second.findingCodes().toString());
		assertTrue(second.findings().get(0).arguments().get(0).contains("VPN / admin")); //$NON-NLS-1$
		assertEquals(List.of("reused-in-facility"), ehr.getPasswordAssessment().getFindingCodes()); //$NON-NLS-1$
		assertEquals(a.getFingerprint(), ehr.getPasswordAssessment().getFingerprint());

		Verdict again = service.assess(workbook, vpn, SHARED.toCharArray(), DemoFacility.CATALOG.defaultProfile(), Optional.empty(), Optional.empty());
		assertTrue(again.has(FindingCode.REUSED_IN_FACILITY), "the EHR account now shares it"); //$NON-NLS-1$

		Verdict context = service.assess(workbook, ehr, "KoroTaro".toCharArray(), DemoFacility.CATALOG.defaultProfile(), Optional.empty(), Optional.empty()); //$NON-NLS-1$
		assertTrue(context.has(FindingCode.CONTEXT_WORD), "context words come from the facility model"); //$NON-NLS-1$

		Path file = dir.resolve("koro.sekisho"); //$NON-NLS-1$
		SekishoFiles.save(workbook, file);
		String saved = Files.readString(file);
		assertFalse(saved.contains(SHARED) || saved.contains("KoroTaro"), "no password in the .sekisho file"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(saved.contains(a.getFingerprint()), "the fingerprint is saved"); //$NON-NLS-1$
	}

	@Test
	void mfaOfTheAccountAppliesAndTheVaultLinksFacilities() throws IOException {
		PasswordVault vault = new FilePasswordVault(dir.resolve("vault.tsv"), FileInstallationSecret.loadOrCreate(dir.resolve("vault.key")), //$NON-NLS-1$ //$NON-NLS-2$
				new Argon2Parameters(256, 1, 1));
		FacilityWorkbook koro = koro();
		FacilityWorkbook other = Workbooks.create();
		other.getFacility().setName("北町クリニック"); //$NON-NLS-1$
		AccountPasswords service = new AccountPasswords(DemoFacility.CHECKER);
		Account koroVpn = account(koro, "VPN", "admin"); //$NON-NLS-1$ //$NON-NLS-2$
		service.assess(koro, koroVpn, SHARED.toCharArray(), DemoFacility.CATALOG.requireProfile("mhlw-r7"), Optional.of(vault), Optional.empty()); //$NON-NLS-1$
		Account otherVpn = account(other, "VPN", "admin"); //$NON-NLS-1$ //$NON-NLS-2$
		Verdict verdict = service.assess(other, otherVpn, SHARED.toCharArray(), DemoFacility.CATALOG.requireProfile("mhlw-r7"), Optional.of(vault), //$NON-NLS-1$
				Optional.empty());
		assertTrue(verdict.has(FindingCode.REUSED_ACROSS_FACILITIES), verdict.findingCodes().toString());
		assertTrue(verdict.findings().get(0).arguments().get(0).contains("厚労記念病院")); //$NON-NLS-1$

		Account mfa = account(other, "Firewall", "operator"); //$NON-NLS-1$ //$NON-NLS-2$
		mfa.setMultiFactorAuthentication(true);
		assertTrue(service.assess(other, mfa, "Xq4!mP9#vZ".toCharArray(), DemoFacility.CATALOG.requireProfile("mhlw-r7"), Optional.empty(), //$NON-NLS-1$ //$NON-NLS-2$
				Optional.empty()).accepted(), "10 mixed characters are enough with MFA under R7"); //$NON-NLS-1$
	}
}
