package io.sekisho.model.tests;

import java.time.Instant;
import java.time.LocalDate;

import io.sekisho.model.Workbooks;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountKind;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.CharacterClass;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.Facility;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityKind;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.LogSettings;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.OrganizationRole;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.model.facility.Person;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;

/** Small workbooks for tests: valid unless a test breaks them on purpose. */
final class Fixtures {

	static final FacilityFactory F = FacilityFactory.eINSTANCE;

	private Fixtures() {
	}

	/** A clinic with one zone, a VPN gateway, a server with an account, a connection and one checklist answer. */
	static FacilityWorkbook smallClinic() {
		FacilityWorkbook wb = Workbooks.create();
		Facility facility = wb.getFacility();
		facility.setName("試験クリニック");
		facility.setNameKana("シケンクリニック");
		facility.setNameRomaji("Shiken Clinic");
		facility.setKind(FacilityKind.CLINIC);
		facility.setPrefecture("東京都");
		facility.getAbbreviations().add("SKC");
		Person representative = F.createPerson();
		representative.setNameKanji("試験 花子");
		representative.setNameRomaji("Hanako Shiken");
		facility.setRepresentative(representative);

		Organization vendor = F.createOrganization();
		vendor.setName("架空メディカル株式会社");
		vendor.setRole(OrganizationRole.EHR);
		vendor.setRemoteMaintenance(true);
		wb.getOrganizations().add(vendor);

		Zone lan = F.createZone();
		lan.setName("院内LAN");
		lan.setKind(ZoneKind.CLINICAL_LAN);
		lan.getSubnets().add("192.168.10.0/24");
		wb.getZones().add(lan);

		Device vpn = device(wb, "VPN-01", DeviceCategory.NETWORK_DEVICE, lan);
		vpn.setNetworkType(NetworkDeviceType.VPN_GATEWAY);
		vpn.setSourceAddressRestriction(Availability.YES);
		LogSettings logs = F.createLogSettings();
		logs.setEnabled(Availability.YES);
		logs.setRetentionDays(365);
		vpn.setLogSettings(logs);
		vpn.setManagedBy(vendor);
		vpn.getIpAddresses().add("192.168.10.1");
		vpn.getMacAddresses().add("00:1A:2B:3C:4D:5E");

		Device server = device(wb, "電子カルテサーバ", DeviceCategory.SERVER, lan);
		server.setRole("電子カルテ");
		server.setInstallDate(LocalDate.of(2020, 4, 1));
		server.getIpAddresses().add("192.168.10.10");

		ExternalConnection maintenance = F.createExternalConnection();
		maintenance.setName("保守VPN");
		maintenance.setGateway(vpn);
		maintenance.setCounterpart(vendor);
		maintenance.setSourceRestriction(Availability.YES);
		maintenance.setLogging(Availability.YES);
		wb.getExternalConnections().add(maintenance);

		Account admin = F.createAccount();
		admin.setDevice(server);
		admin.setUserName("Administrator");
		admin.setKind(AccountKind.ADMIN);
		PasswordAssessment assessment = F.createPasswordAssessment();
		assessment.setProfileId("mhlw-r7");
		assessment.setScore(1);
		assessment.setLength(8);
		assessment.getCharacterClasses().add(CharacterClass.LOWER);
		assessment.getCharacterClasses().add(CharacterClass.DIGIT);
		assessment.getFindingCodes().add("too-short");
		assessment.setFingerprint("q3Jf0w==");
		assessment.setAssessedAt(Instant.parse("2025-06-01T09:30:00Z"));
		admin.setPasswordAssessment(assessment);
		wb.getAccounts().add(admin);

		ChecklistAssessment checklist = F.createChecklistAssessment();
		checklist.setEditionId("mhlw-r7");
		checklist.setFiscalYear(2025);
		checklist.setForm(ChecklistForm.MEDICAL_INSTITUTION);
		ChecklistAnswer answer = F.createChecklistAnswer();
		answer.setItemId("1-(1)");
		answer.setRound1(Answer.YES);
		answer.setRound1Date(LocalDate.of(2025, 6, 1));
		checklist.getAnswers().add(answer);
		wb.getChecklistAssessments().add(checklist);
		return wb;
	}

	static Device device(FacilityWorkbook wb, String name, DeviceCategory category, Zone zone) {
		Device device = F.createDevice();
		device.setName(name);
		device.setCategory(category);
		device.setZone(zone);
		wb.getDevices().add(device);
		return device;
	}

	static Device device(FacilityWorkbook wb, String name) {
		return wb.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow();
	}
}
