package io.sekisho.catalog.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.eclipse.core.runtime.RegistryFactory;
import org.junit.jupiter.api.Test;

import io.sekisho.catalog.CatalogEntry;
import io.sekisho.catalog.CatalogFormatException;
import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.catalog.internal.CatalogReader;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.NetworkDeviceType;

class DeviceCatalogTest {

	private static final Pattern CPE = Pattern.compile("cpe:2\\.3:[aho](:[^:\\s]+){10}");

	private final DeviceCatalog platform = DeviceCatalog.fromRegistry(RegistryFactory.getRegistry());

	@Test
	void theShippedCatalogsAreReadFromTheExtensionPointWithoutProblems() {
		assertEquals(List.of(), platform.problems());
		assertTrue(platform.all().size() >= 40, "products: " + platform.all().size());
		assertEquals(DeviceCatalog.builtin().all().size(), platform.all().size());
	}

	@Test
	void everyProductHasAVendorAModelAndWellFormedCpeNames() {
		for (CatalogEntry e : platform.all()) {
			assertFalse(e.vendor().isBlank());
			assertFalse(e.model().isBlank());
			e.hardwareCpe().ifPresent(c -> assertTrue(CPE.matcher(c).matches() && c.startsWith("cpe:2.3:h:"), c));
			e.firmwareCpe().ifPresent(c -> assertTrue(CPE.matcher(c).matches() && !c.startsWith("cpe:2.3:h:"), c));
		}
	}

	@Test
	void aModelIsFoundByTheNamesPeopleWriteIncludingOemNames() {
		CatalogEntry fgt = platform.find("Fortinet", "FortiGate 60E").orElseThrow();
		assertEquals(NetworkDeviceType.UTM, fgt.networkType());
		assertEquals("cpe:2.3:h:fortinet:fortigate-60e:-:*:*:*:*:*:*:*", fgt.hardwareCpe().orElseThrow());
		assertEquals("fortios", fgt.versionScheme().orElseThrow());
		assertEquals(fgt, platform.find("fortinet", "fortigate-60e").orElseThrow(), "case and hyphens are ignored");
		assertEquals(fgt, platform.find("ＦＯＲＴＩＮＥＴ", "ＦｏｒｔｉＧａｔｅ　６０Ｅ").orElseThrow(), "full width is ignored");

		CatalogEntry nvr = platform.find("NTT西日本", "Biz Box ルータ NVR510").orElseThrow();
		assertEquals("YAMAHA", nvr.vendor());
		assertEquals("NVR510", nvr.model());
		assertEquals("cpe:2.3:o:yamaha:nvr510_firmware:*:*:*:*:*:*:*:*", nvr.firmwareCpe().orElseThrow());
		assertEquals(nvr, platform.find("ヤマハ", "NVR510").orElseThrow(), "the Japanese vendor name finds it too");
		assertEquals("Ivanti", platform.find("Pulse Secure", "Pulse Connect Secure").orElseThrow().vendor());
		assertTrue(platform.find("Fortinet", "FortiGate 9999Z").isEmpty());
	}

	@Test
	void labelsAreInTheUsersLanguage() {
		CatalogEntry fgt = platform.find("Fortinet", "FortiGate 60E").orElseThrow();
		assertEquals("フォーティネット FortiGate 60E", fgt.label(Locale.JAPANESE));
		assertEquals("Fortinet FortiGate 60E", fgt.label(Locale.ENGLISH));
		CatalogEntry ge = platform.serviceAccountsNamed("insite").get(0);
		assertEquals("GE ヘルスケア 画像診断・核医学・モニタリング機器（保守用アカウント）", ge.label(Locale.JAPANESE));
		assertTrue(ge.label(Locale.ENGLISH).startsWith("GE Healthcare Imaging"));
	}

	@Test
	void documentedServiceAccountNamesAreKnownWhateverTheCase() {
		assertEquals(1, platform.serviceAccountsNamed("insite").size());
		assertEquals(1, platform.serviceAccountsNamed("GEService").size());
		assertEquals(DeviceCategory.MEDICAL_DEVICE, platform.serviceAccountsNamed("geservice").get(0).category());
		assertTrue(platform.serviceAccountsNamed("tanaka").isEmpty());
		assertTrue(platform.serviceAccountsNamed("admin").isEmpty(), "admin is a default but not a vendor's service account");
	}

	@Test
	void defaultCredentialsCarryVendorAndProduct() {
		var creds = platform.defaultCredentials();
		assertTrue(creds.stream().anyMatch(c -> c.password().equals("friend") && c.vendor().equals("Allied Telesis")));
		assertTrue(creds.stream().anyMatch(c -> c.password().equals("insite.genieacq") && c.vendor().equals("GE Healthcare")));
		assertTrue(creds.stream().noneMatch(c -> c.password().isEmpty()), "an empty factory password is not a word to look up");
		assertEquals(173, creds.stream().filter(c -> c.vendor().equals("GE Healthcare")).count());
	}

	@Test
	void endOfSupportIsADateInTheCatalog() {
		CatalogEntry isr = platform.find("Cisco", "ISR 1921").orElseThrow();
		assertTrue(isr.isPastEndOfSupport(LocalDate.of(2026, 12, 1)));
		assertFalse(isr.isPastEndOfSupport(LocalDate.of(2022, 12, 31)));
		assertFalse(platform.find("Fortinet", "FortiGate 60F").orElseThrow().isPastEndOfSupport(LocalDate.of(2026, 12, 1)),
				"an unknown end of support is not an ended one");
	}

	@Test
	void aDoctypeIsRefusedWithFileLineAndColumn() {
		String xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE catalog [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>\n"
				+ "<catalog vendor=\"X\"><product model=\"&x;\"/></catalog>";
		var e = assertThrows(CatalogFormatException.class, () -> read(xml));
		assertTrue(e.getMessage().contains("vendor.bundle/catalog/evil.xml"), e.getMessage());
		assertTrue(e.getMessage().contains("DOCTYPE"), e.getMessage());
	}

	@Test
	void aBadValueIsNamedWithItsPlace() {
		var e = assertThrows(CatalogFormatException.class,
				() -> read("<catalog vendor=\"X\">\n  <product model=\"A\" category=\"TOASTER\"/>\n</catalog>"));
		assertTrue(e.getMessage().contains("2"), e.getMessage());
		assertTrue(e.getMessage().contains("TOASTER"), e.getMessage());
		var cpe = assertThrows(CatalogFormatException.class,
				() -> read("<catalog vendor=\"X\"><product model=\"A\" hardwareCpe=\"fortigate\"/></catalog>"));
		assertTrue(cpe.getMessage().contains("hardwareCpe"), cpe.getMessage());
		var date = assertThrows(CatalogFormatException.class,
				() -> read("<catalog vendor=\"X\"><product model=\"A\" endOfSupport=\"2025/2/30\"/></catalog>"));
		assertTrue(date.getMessage().contains("endOfSupport"), date.getMessage());
		assertThrows(CatalogFormatException.class, () -> read("<catalog vendor=\"X\"><product model=\"A\">"));
	}

	@Test
	void aVendorFileIsReadWithItsAliasesAndAccounts() throws Exception {
		List<CatalogEntry> entries = read("""
				<catalog vendor="Sample Medical" vendorJa="サンプルメディカル">
				   <product model="SM-CT 200" category="MEDICAL_DEVICE" versionScheme="generic" endOfSupport="2029-03-31">
				      <alias model="SMCT200"/>
				      <account user="smservice" password="sm-service-01" kind="MAINTENANCE" service="true" source="manual"/>
				   </product>
				</catalog>""");
		DeviceCatalog c = DeviceCatalog.of(entries);
		CatalogEntry e = c.find("Sample Medical", "SMCT200").orElseThrow();
		assertEquals("vendor.bundle", e.contributor());
		assertEquals(LocalDate.of(2029, 3, 31), e.endOfSupport().orElseThrow());
		assertEquals("sm-service-01", c.defaultCredentials().get(0).password());
		assertEquals(1, c.serviceAccountsNamed("SMSERVICE").size());
	}

	private static List<CatalogEntry> read(String xml) throws CatalogFormatException {
		return CatalogReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)),
				"vendor.bundle/catalog/evil.xml", "vendor.bundle");
	}
}
