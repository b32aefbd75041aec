package io.sekisho.workbook.tests;

import java.time.Instant;
import java.time.LocalDate;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.Workbooks;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountKind;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.CharacterClass;
import io.sekisho.model.facility.ConnectionMode;
import io.sekisho.model.facility.ConnectionPurpose;
import io.sekisho.model.facility.Contact;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityKind;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.OrganizationRole;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.model.facility.Severity;

/**
 * A small fixed facility (fixed ids, so that a workbook exported from it once, and filled by another program,
 * still matches it): a hospital with two vendors, three devices, one VPN, three accounts, contacts, findings,
 * firmware and a few answers of the R7 hospital form.
 */
final class FixedFacility {

	static final String FACILITY_ID = "0b7e7f4e-3a57-4c1e-9a51-5c0d2a6f1e01"; //$NON-NLS-1$
	static final String EHR_VENDOR_ID = "0b7e7f4e-3a57-4c1e-9a51-5c0d2a6f1e02"; //$NON-NLS-1$
	static final String NETWORK_VENDOR_ID = "0b7e7f4e-3a57-4c1e-9a51-5c0d2a6f1e03"; //$NON-NLS-1$
	/** Never to be seen in an export. */
	static final String FINGERPRINT = "argon2id$v=19$SECRETFINGERPRINT0123456789"; //$NON-NLS-1$
	static final byte[] SALT = "sekisho-test-salt-0123456789abcd".getBytes(java.nio.charset.StandardCharsets.US_ASCII);
	static final String EDITION = "mhlw-r7"; //$NON-NLS-1$

	private static final FacilityFactory F = FacilityFactory.eINSTANCE;

	private FixedFacility() {
	}

	static Edition r7() {
		return EditionRegistry.fromPlatform().find(EDITION).orElseThrow();
	}

	static FacilityWorkbook hospital() {
		FacilityWorkbook w = Workbooks.create(FACILITY_ID, SALT);
		w.getFacility().setName("厚労テスト病院"); //$NON-NLS-1$
		w.getFacility().setKind(FacilityKind.HOSPITAL);
		w.getFacility().setPrefecture("東京都"); //$NON-NLS-1$
		w.getFacility().setAddress("千代田区霞が関1-2-2"); //$NON-NLS-1$
		w.getFacility().setBeds(120);

		Organization ehr = organization(w, EHR_VENDOR_ID, "みらいメディカルシステム株式会社", OrganizationRole.EHR, true); //$NON-NLS-1$
		Organization net = organization(w, NETWORK_VENDOR_ID, "ひかりネットワークサービス株式会社", OrganizationRole.NETWORK, false); //$NON-NLS-1$
		organization(w, "0b7e7f4e-3a57-4c1e-9a51-5c0d2a6f1e04", "株式会社まごころ給食", OrganizationRole.CATERING, false); // no device, no remote //$NON-NLS-1$ //$NON-NLS-2$

		Device server = device(w, "ehr-srv01", DeviceCategory.SERVER, NetworkDeviceType.NONE, ehr); //$NON-NLS-1$
		server.setOperatingSystem("Windows Server 2019"); //$NON-NLS-1$
		server.setInstallDate(LocalDate.of(2019, 10, 1));
		device(w, "=HYPERLINK(\"http://x\",\"pc\")", DeviceCategory.CLIENT_PC, NetworkDeviceType.NONE, ehr); //$NON-NLS-1$
		Device vpn = device(w, "FortiGate-60E", DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.VPN_GATEWAY, net); //$NON-NLS-1$
		vpn.setFirmwareVersion("6.0.4"); //$NON-NLS-1$
		vpn.setSourceAddressRestriction(Availability.NO);

		ExternalConnection remote = F.createExternalConnection();
		remote.setId("0b7e7f4e-3a57-4c1e-9a51-5c0d2a6f1e10"); //$NON-NLS-1$
		remote.setName("電子カルテ保守VPN"); //$NON-NLS-1$
		remote.setPurpose(ConnectionPurpose.REMOTE_MAINTENANCE);
		remote.setCounterpart(ehr);
		remote.setGateway(vpn);
		remote.setMode(ConnectionMode.ALWAYS_ON);
		remote.setSourceRestriction(Availability.NO);
		w.getExternalConnections().add(remote);

		account(w, "1e", server, "Administrator", AccountKind.ADMIN, 12, "length.short", "reused"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		account(w, "1f", vpn, "admin", AccountKind.MAINTENANCE, 16); //$NON-NLS-1$ //$NON-NLS-2$
		Account unchecked = F.createAccount();
		unchecked.setId("0b7e7f4e-3a57-4c1e-9a51-5c0d2a6f1e20"); //$NON-NLS-1$
		unchecked.setUserName("+nurse01"); //$NON-NLS-1$
		unchecked.setSystem("電子カルテ"); //$NON-NLS-1$
		unchecked.setKind(AccountKind.USER);
		w.getAccounts().add(unchecked);

		contact(w, 1, "院内 情報システム担当", true, "内線 1234"); //$NON-NLS-1$ //$NON-NLS-2$
		contact(w, 2, "警察（サイバー犯罪相談窓口）", false, "#9110"); //$NON-NLS-1$ //$NON-NLS-2$

		FirmwareRecord fw = F.createFirmwareRecord();
		fw.setId("0b7e7f4e-3a57-4c1e-9a51-5c0d2a6f1e30"); //$NON-NLS-1$
		fw.setDevice(vpn);
		fw.setInstalledVersion("6.0.4"); //$NON-NLS-1$
		fw.setStatus(FirmwareStatus.VULNERABLE);
		w.getFirmwareRecords().add(fw);

		Finding finding = F.createFinding();
		finding.setId("0b7e7f4e-3a57-4c1e-9a51-5c0d2a6f1e40"); //$NON-NLS-1$
		finding.setSeverity(Severity.CRITICAL);
		finding.setCode("FW-KEV"); //$NON-NLS-1$
		finding.setSource("firmware"); //$NON-NLS-1$
		finding.setSubject(vpn);
		finding.setText("CVE-2018-13379 の影響を受けるファームウェア"); //$NON-NLS-1$
		finding.setRemediation("FortiOS を更新し、VPN のパスワードを変更する"); //$NON-NLS-1$
		finding.setDueDate(LocalDate.of(2025, 7, 31));
		finding.setStatus(FindingStatus.OPEN);
		w.getFindings().add(finding);

		ChecklistAssessment assessment = Assessments.addFacilityAssessment(w, r7());
		ChecklistAnswer officer = Assessments.answerOrCreate(assessment, "1-①", ""); //$NON-NLS-1$ //$NON-NLS-2$
		officer.setRound1(Answer.YES);
		officer.setRound1Date(LocalDate.of(2025, 6, 2));
		ChecklistAnswer patches = Assessments.answerOrCreate(assessment, "2-⑥", "general"); //$NON-NLS-1$ //$NON-NLS-2$
		patches.setRound1(Answer.NO);
		patches.setRound1Date(LocalDate.of(2025, 6, 2));
		patches.setTargetDate(LocalDate.of(2025, 9, 30));
		patches.setRemarks("-VPN装置は要更新"); //$NON-NLS-1$
		return w;
	}

	private static Organization organization(FacilityWorkbook w, String id, String name, OrganizationRole role, boolean remote) {
		Organization o = F.createOrganization();
		o.setId(id);
		o.setName(name);
		o.setRole(role);
		o.setRemoteMaintenance(remote);
		w.getOrganizations().add(o);
		return o;
	}

	private static Device device(FacilityWorkbook w, String name, DeviceCategory category, NetworkDeviceType type, Organization by) {
		Device d = F.createDevice();
		d.setId("0b7e7f4e-3a57-4c1e-9a51-" + String.format("%012d", w.getDevices().size() + 100)); //$NON-NLS-1$ //$NON-NLS-2$
		d.setName(name);
		d.setCategory(category);
		d.setNetworkType(type);
		d.setManagedBy(by);
		w.getDevices().add(d);
		return d;
	}

	private static void account(FacilityWorkbook w, String suffix, Device device, String user, AccountKind kind, int length,
			String... findingCodes) {
		Account a = F.createAccount();
		a.setId("0b7e7f4e-3a57-4c1e-9a51-5c0d2a6f1e" + suffix); //$NON-NLS-1$
		a.setDevice(device);
		a.setUserName(user);
		a.setKind(kind);
		a.setStatus(AccountStatus.ACTIVE);
		PasswordAssessment p = F.createPasswordAssessment();
		p.setProfileId("mhlw-r7"); //$NON-NLS-1$
		p.setScore(findingCodes.length == 0 ? 4 : 1);
		p.setLength(length);
		p.getCharacterClasses().add(CharacterClass.LOWER);
		p.getCharacterClasses().add(CharacterClass.DIGIT);
		p.getFindingCodes().addAll(java.util.List.of(findingCodes));
		p.setFingerprint(FINGERPRINT + suffix);
		p.setFingerprintScheme("argon2id-v1"); //$NON-NLS-1$
		p.setAssessedAt(Instant.parse("2025-06-02T01:00:00Z")); //$NON-NLS-1$
		a.setPasswordAssessment(p);
		w.getAccounts().add(a);
	}

	private static void contact(FacilityWorkbook w, int order, String role, boolean internal, String phone) {
		Contact c = F.createContact();
		c.setId("0b7e7f4e-3a57-4c1e-9a51-5c0d2a6f1e5" + order); //$NON-NLS-1$
		c.setOrder(order);
		c.setRole(role);
		c.setInternal(internal);
		c.setPhone(phone);
		w.getContacts().add(c);
	}
}
