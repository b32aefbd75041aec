package io.sekisho.model.benchmarks;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import io.sekisho.model.ModelIds;
import io.sekisho.model.Workbooks;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountKind;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.CharacterClass;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.LinkMedium;
import io.sekisho.model.facility.LogSettings;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;

/**
 * A workbook of a large hospital group: {@code devices} devices spread over 8 zones, each linked to a switch, with
 * log settings; one account with a password assessment per 4 devices. Filled like the demo, with every feature
 * type a real file has (references, many-valued strings, dates, contained objects).
 */
final class LargeWorkbook {

	private LargeWorkbook() {
	}

	static FacilityWorkbook build(int devices) {
		FacilityFactory f = FacilityFactory.eINSTANCE;
		Random random = new Random(42);
		FacilityWorkbook wb = Workbooks.create(ModelIds.fromSeed("bench"), new byte[32]);
		wb.getFacility().setName("ベンチマーク総合病院");
		List<Zone> zones = new ArrayList<>();
		for (int z = 0; z < 8; z++) {
			Zone zone = f.createZone();
			zone.setId(ModelIds.fromSeed("zone" + z));
			zone.setName("ゾーン" + z);
			zone.setKind(ZoneKind.values()[z]);
			zone.getSubnets().add("10." + z + ".0.0/16");
			wb.getZones().add(zone);
			zones.add(zone);
		}
		Organization vendor = f.createOrganization();
		vendor.setId(ModelIds.fromSeed("vendor"));
		vendor.setName("保守ベンダー");
		wb.getOrganizations().add(vendor);
		Device previousSwitch = null;
		for (int i = 0; i < devices; i++) {
			Device d = f.createDevice();
			d.setId(ModelIds.fromSeed("device" + i));
			boolean isSwitch = i % 50 == 0;
			d.setName(String.format(Locale.ROOT, "DEV-%05d", i));
			d.setCategory(isSwitch ? DeviceCategory.NETWORK_DEVICE : DeviceCategory.values()[i % 3 == 0 ? 0 : 1]);
			d.setRole(isSwitch ? "フロアスイッチ" : "電子カルテ端末");
			d.setManufacturer("ミライ電機");
			d.setModel("MX-" + (i % 7));
			d.setSerialNumber("SN" + (10_000_000 + i));
			d.setLocation((i % 12 + 1) + "階");
			Zone zone = zones.get(i % zones.size());
			d.setZone(zone);
			d.getIpAddresses().add("10." + (i % 8) + "." + (i / 250 % 256) + "." + (i % 250 + 1));
			d.getMacAddresses().add(String.format(Locale.ROOT, "02:00:%02X:%02X:%02X:%02X", random.nextInt(256), random.nextInt(256), i >> 8 & 0xFF, i & 0xFF));
			d.setManagedBy(vendor);
			d.setOperatingSystem("Windows 10 Enterprise LTSC 2019");
			d.setInstallDate(LocalDate.of(2020, 4, 1).plusDays(i % 1000));
			d.setSourceAddressRestriction(Availability.YES);
			LogSettings logs = f.createLogSettings();
			logs.setEnabled(Availability.YES);
			logs.setRetentionDays(90);
			d.setLogSettings(logs);
			wb.getDevices().add(d);
			if (isSwitch) {
				previousSwitch = d;
			} else {
				Link link = f.createLink();
				link.setId(ModelIds.fromSeed("link" + i));
				link.setSource(d);
				link.setTargetDevice(previousSwitch);
				link.setMedium(LinkMedium.WIRED);
				wb.getLinks().add(link);
			}
			if (i % 4 == 0) {
				Account account = f.createAccount();
				account.setId(ModelIds.fromSeed("account" + i));
				account.setDevice(d);
				account.setUserName("Administrator");
				account.setKind(AccountKind.ADMIN);
				PasswordAssessment a = f.createPasswordAssessment();
				a.setProfileId("mhlw-2024");
				a.setScore(random.nextInt(5));
				a.setLength(8 + random.nextInt(10));
				a.getCharacterClasses().add(CharacterClass.LOWER);
				a.getCharacterClasses().add(CharacterClass.DIGIT);
				a.getFindingCodes().add("too-short");
				a.setFingerprint("opaque-" + (i % 97));
				a.setAssessedAt(Instant.parse("2025-06-01T00:00:00Z"));
				account.setPasswordAssessment(a);
				wb.getAccounts().add(account);
			}
		}
		return wb;
	}
}
