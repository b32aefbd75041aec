package io.sekisho.checklist.tests;

import java.time.LocalDate;
import java.util.List;

import io.sekisho.model.ModelIds;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountKind;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.CharacterClass;
import io.sekisho.model.facility.Contact;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.Facility;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityKind;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.LogSettings;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.OrganizationRole;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.model.facility.Vulnerability;

/**
 * A small hospital shaped like the incidents in the domain notes: a FortiGate on FortiOS 6.0.4 (CVE-2018-13379,
 * known exploited), one password shared by the VPN device and the EHR server, a client PC without USB restriction.
 * Fingerprints are made-up strings: no password exists anywhere in the tests.
 */
final class Fixtures {

	static final LocalDate TODAY = LocalDate.of(2025, 6, 2);
	private static final FacilityFactory F = FacilityFactory.eINSTANCE;

	final FacilityWorkbook workbook = F.createFacilityWorkbook();
	final Organization ehrVendor = organization("電子カルテ社", OrganizationRole.EHR, true);
	final Organization networkVendor = organization("ネットワーク社", OrganizationRole.NETWORK, false);
	final Device fortigate = device("FortiGate", DeviceCategory.NETWORK_DEVICE, "Fortinet", "FortiGate 60E", networkVendor);
	final Device ehrServer = device("電子カルテサーバ", DeviceCategory.SERVER, "ServerMaker", "SV-1", ehrVendor);
	final Device clientPc = device("外来PC-01", DeviceCategory.CLIENT_PC, "PcMaker", "PC-1", ehrVendor);
	final FirmwareRecord fortiOs = firmware(fortigate, "FortiOS", "cpe:2.3:o:fortinet:fortios:*:*:*:*:*:*:*:*", "6.0.4",
			FirmwareStatus.VULNERABLE);
	final Account vpnAdmin = account("admin", fortigate, "fp-shared", 9);
	final Account serverAdmin = account("Administrator", ehrServer, "fp-shared", 9);
	final Account pcUser = account("nurse01", clientPc, "fp-nurse", 14);

	Fixtures() {
		workbook.setId(ModelIds.newId());
		Facility facility = F.createFacility();
		facility.setName("テスト病院");
		facility.setKind(FacilityKind.HOSPITAL);
		workbook.setFacility(facility);
		fortigate.setNetworkType(NetworkDeviceType.VPN_GATEWAY);
		fortigate.setSourceAddressRestriction(Availability.NO);
		ehrServer.setRemoteMaintenance(true);
		ehrServer.setRemovableMediaRestricted(Availability.YES);
		LogSettings log = F.createLogSettings();
		log.setEnabled(Availability.YES);
		log.setTamperProtection(Availability.YES);
		ehrServer.setLogSettings(log);
		clientPc.setRemovableMediaRestricted(Availability.NO);
		Vulnerability cve = F.createVulnerability();
		cve.setCveId("CVE-2018-13379");
		cve.setKnownExploited(true);
		cve.setFixedIn("6.0.5");
		fortiOs.getVulnerabilities().add(cve);
		firmware(ehrServer, "Windows Server", null, "2022", FirmwareStatus.CURRENT);
		firmware(clientPc, "Windows 11", null, "24H2", FirmwareStatus.CURRENT);
	}

	/** Removes every weakness, so the evaluators have evidence for はい. */
	Fixtures fixed() {
		fortiOs.setInstalledVersion("7.4.8");
		fortiOs.setStatus(FirmwareStatus.CURRENT);
		fortiOs.getVulnerabilities().clear();
		fortigate.setSourceAddressRestriction(Availability.YES);
		clientPc.setRemovableMediaRestricted(Availability.YES);
		vpnAdmin.getPasswordAssessment().setFingerprint("fp-vpn");
		for (Account account : List.of(vpnAdmin, serverAdmin)) {
			account.getPasswordAssessment().setLength(16);
			account.getPasswordAssessment().getFindingCodes().clear();
		}
		contact("院内", true, null);
		contact("電子カルテ社", false, ehrVendor);
		contact("ネットワーク社", false, networkVendor);
		return this;
	}

	Contact contact(String role, boolean internal, Organization organization) {
		Contact contact = F.createContact();
		contact.setId(ModelIds.newId());
		contact.setRole(role);
		contact.setInternal(internal);
		contact.setOrganization(organization);
		workbook.getContacts().add(contact);
		return contact;
	}

	private Organization organization(String name, OrganizationRole role, boolean remoteMaintenance) {
		Organization organization = F.createOrganization();
		organization.setId(ModelIds.newId());
		organization.setName(name);
		organization.setRole(role);
		organization.setRemoteMaintenance(remoteMaintenance);
		workbook.getOrganizations().add(organization);
		return organization;
	}

	Device device(String name, DeviceCategory category, String maker, String model, Organization managedBy) {
		Device device = F.createDevice();
		device.setId(ModelIds.newId());
		device.setName(name);
		device.setCategory(category);
		device.setManufacturer(maker);
		device.setModel(model);
		device.setLocation("サーバ室");
		device.setManagedBy(managedBy);
		workbook.getDevices().add(device);
		return device;
	}

	/** A record as matching leaves it: the device names its operating system, the record the CPE product id. */
	FirmwareRecord firmware(Device device, String operatingSystem, String productId, String version, FirmwareStatus status) {
		device.setOperatingSystem(operatingSystem);
		FirmwareRecord record = F.createFirmwareRecord();
		record.setId(ModelIds.newId());
		record.setDevice(device);
		record.setProductId(productId);
		record.setInstalledVersion(version);
		record.setStatus(status);
		workbook.getFirmwareRecords().add(record);
		return record;
	}

	private Account account(String user, Device device, String fingerprint, int length) {
		Account account = F.createAccount();
		account.setId(ModelIds.newId());
		account.setUserName(user);
		account.setDevice(device);
		account.setKind(AccountKind.ADMIN);
		account.setStatus(AccountStatus.ACTIVE);
		account.setLastUsed(TODAY.minusDays(3));
		PasswordAssessment assessment = F.createPasswordAssessment();
		assessment.setLength(length);
		assessment.getCharacterClasses().addAll(List.of(CharacterClass.LOWER, CharacterClass.DIGIT, CharacterClass.SYMBOL));
		assessment.setFingerprint(fingerprint);
		assessment.setFingerprintScheme("hmac-sha256");
		if (length < 13) {
			assessment.getFindingCodes().add("short-without-mfa-or-rotation");
		}
		account.setPasswordAssessment(assessment);
		workbook.getAccounts().add(account);
		return account;
	}
}
