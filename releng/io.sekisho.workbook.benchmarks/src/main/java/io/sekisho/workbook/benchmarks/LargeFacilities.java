package io.sekisho.workbook.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionFormatException;
import io.sekisho.checklist.editions.EditionLoader;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountKind;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.CharacterClass;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.PasswordAssessment;

/** The facilities the benchmarks export: the demo hospital, and the demo grown to 5,000 devices and 20,000 accounts. */
final class LargeFacilities {

	static final int LARGE_DEVICES = 5_000;
	static final int LARGE_ACCOUNTS = 20_000;

	private LargeFacilities() {
	}

	/** The shipped editions, read from the checklist jar as the extension point would. */
	static EditionRegistry editions() {
		List<Edition> editions = new ArrayList<>();
		for (String file : new String[] { "editions/mhlw-r6.xmi", "editions/mhlw-r7.xmi" }) { //$NON-NLS-1$ //$NON-NLS-2$
			try (InputStream in = EditionLoader.class.getClassLoader().getResourceAsStream(file)) {
				editions.add(EditionLoader.load(in, file));
			} catch (IOException e) {
				throw new UncheckedIOException(e);
			} catch (EditionFormatException e) {
				throw new IllegalStateException(e);
			}
		}
		return EditionRegistry.of(editions);
	}

	static FacilityWorkbook of(String size) {
		FacilityWorkbook facility = DemoFacility.build();
		if ("large".equals(size)) { //$NON-NLS-1$
			grow(facility);
		}
		return facility;
	}

	/** Adds generated client PCs and accounts (every account with a password assessment) up to the large size. */
	static void grow(FacilityWorkbook facility) {
		FacilityFactory f = FacilityFactory.eINSTANCE;
		List<Device> devices = facility.getDevices();
		for (int i = devices.size(); i < LARGE_DEVICES; i++) {
			Device d = f.createDevice();
			d.setId(String.format("00000000-0000-4000-8000-%012d", i)); //$NON-NLS-1$
			d.setName(String.format("PC-%05d", i)); //$NON-NLS-1$
			d.setCategory(DeviceCategory.CLIENT_PC);
			d.setRole("電子カルテ端末（病棟" + (i % 12 + 1) + "階）"); //$NON-NLS-1$ //$NON-NLS-2$
			d.setManufacturer("富士通"); //$NON-NLS-1$
			d.setModel("ESPRIMO D7012/L"); //$NON-NLS-1$
			d.setSerialNumber("SN" + (10_000_000 + i)); //$NON-NLS-1$
			d.setLocation("本館" + (i % 8 + 1) + "F"); //$NON-NLS-1$ //$NON-NLS-2$
			d.getIpAddresses().add("10." + (i / 65536 % 256) + "." + (i / 256 % 256) + "." + (i % 256)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			d.setOperatingSystem("Windows 11 Enterprise 23H2"); //$NON-NLS-1$
			d.setInstallDate(LocalDate.of(2023, 4, 1).plusDays(i % 365));
			devices.add(d);
		}
		for (int i = facility.getAccounts().size(); i < LARGE_ACCOUNTS; i++) {
			Account a = f.createAccount();
			a.setId(String.format("00000000-0000-4000-9000-%012d", i)); //$NON-NLS-1$
			a.setDevice(devices.get(i % devices.size()));
			a.setSystem("電子カルテ"); //$NON-NLS-1$
			a.setUserName(String.format("n%06d", i)); //$NON-NLS-1$
			a.setKind(i % 50 == 0 ? AccountKind.ADMIN : AccountKind.USER);
			a.setOwner("職員" + i); //$NON-NLS-1$
			a.setStatus(i % 40 == 0 ? AccountStatus.TO_DELETE : AccountStatus.ACTIVE);
			a.setLastUsed(LocalDate.of(2025, 5, 1).plusDays(i % 30));
			PasswordAssessment p = f.createPasswordAssessment();
			p.setProfileId("mhlw-r7"); //$NON-NLS-1$
			p.setScore(i % 5);
			p.setLength(8 + i % 10);
			p.getCharacterClasses().add(CharacterClass.LOWER);
			p.getCharacterClasses().add(CharacterClass.DIGIT);
			if (i % 3 == 0) {
				p.getFindingCodes().add("length.short"); //$NON-NLS-1$
			}
			p.setAssessedAt(Instant.parse("2025-06-02T01:00:00Z").plusSeconds(i)); //$NON-NLS-1$
			a.setPasswordAssessment(p);
			facility.getAccounts().add(a);
		}
	}
}
