package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.sekisho.firmware.match.Applicability;
import io.sekisho.firmware.match.CveMatch;
import io.sekisho.firmware.match.DeviceProducts;
import io.sekisho.firmware.match.FirmwareQuery;
import io.sekisho.firmware.match.HardwareNames;
import io.sekisho.firmware.match.MatchResult;
import io.sekisho.firmware.match.Matcher;
import io.sekisho.firmware.match.Product;
import io.sekisho.firmware.versions.VersionSchemes;
import io.sekisho.firmware.vuln.InMemoryVulnerabilityStore;

/** NVD applicability on real records: OR and AND configurations, hardware entries, exact versions with update fields, records awaiting analysis. */
class MatcherTest {

	private static Matcher matcher;

	@BeforeAll
	static void load() throws Exception {
		InMemoryVulnerabilityStore store = RealRecords.store();
		matcher = new Matcher(store, VersionSchemes.fromPlatform());
	}

	private static MatchResult device(String manufacturer, String model, String os, String version) {
		return matcher.match(DeviceProducts.of(manufacturer, model, os, null, null).orElseThrow().query(version));
	}

	private static Optional<CveMatch> cve(MatchResult result, String id) {
		return result.matches().stream().filter(m -> m.id().equals(id)).findFirst();
	}

	@Test
	void fortiOs604IsAffectedByTheKnownExploitedPathTraversal() {
		MatchResult result = device("Fortinet", "FortiGate 60E", "FortiOS", "6.0.4");
		CveMatch m = cve(result, "CVE-2018-13379").orElseThrow();
		assertEquals(Applicability.AFFECTED, m.applicability());
		assertTrue(m.knownExploited());
		assertEquals(LocalDate.of(2022, 5, 3), m.kev().orElseThrow().dueDate());
		assertEquals("6.0.5", m.fixedIn());
		assertEquals("CRITICAL", m.severity());
		assertEquals(9.8, m.score().orElseThrow());
		// known exploited first
		assertTrue(result.matches().get(0).knownExploited());
		assertTrue(result.anyKnownExploited());
		// the upper bound of the real range: 6.0.5 is fixed for 13379 but still in 42475's 6.0.0 <= v < 6.0.16
		MatchResult fixed = device("Fortinet", "FortiGate 60E", "FortiOS", "v6.0.5,build0268,190507 (GA)");
		assertTrue(cve(fixed, "CVE-2018-13379").isEmpty());
		assertEquals(Applicability.AFFECTED, cve(fixed, "CVE-2022-42475").orElseThrow().applicability());
		assertEquals("6.0.16", cve(fixed, "CVE-2022-42475").orElseThrow().fixedIn());
		assertTrue(cve(device("Fortinet", "FortiGate 60E", "FortiOS", "6.0.16"), "CVE-2022-42475").isEmpty());
		// the lower bound: 5.4.6 included, 5.4.5 not
		assertTrue(cve(device("Fortinet", "FortiGate 60E", "FortiOS", "5.4.6"), "CVE-2018-13379").isPresent());
		assertTrue(cve(device("Fortinet", "FortiGate 60E", "FortiOS", "5.4.5"), "CVE-2018-13379").isEmpty());
		// an included end: 5.0.14 in, 5.0.15 out (CVE-2022-42475 5.0.0 <= v <= 5.0.14), no fixed version told
		CveMatch included = cve(device("Fortinet", "FortiGate 60E", "FortiOS", "5.0.14"), "CVE-2022-42475").orElseThrow();
		assertNull(included.fixedIn());
		assertTrue(cve(device("Fortinet", "FortiGate 60E", "FortiOS", "5.0.15"), "CVE-2022-42475").isEmpty());
	}

	@Test
	void andConfigurationWithHardware() {
		// CVE-2021-20843: AND(h:yamaha:rtx1210, o:yamaha:rtx1210_firmware <= 14.01.38)
		MatchResult rtx = device("YAMAHA", "RTX1210", null, "Rev.14.01.38");
		assertEquals(Applicability.AFFECTED, cve(rtx, "CVE-2021-20843").orElseThrow().applicability());
		assertTrue(cve(device("YAMAHA", "RTX1210", null, "Rev.14.01.39"), "CVE-2021-20843").isEmpty());
		// the firmware matches but the hardware is not known: POSSIBLE
		MatchResult unknownHardware = matcher.match(new FirmwareQuery(List.of(new Product("yamaha", "rtx1210_firmware")), "14.01.20", List.of()));
		assertEquals(Applicability.POSSIBLE, cve(unknownHardware, "CVE-2021-20843").orElseThrow().applicability());
		// CVE-2022-42475's third configuration names FortiGate 6000/7000 hardware; a 6300F on 6.0.14 is affected by the first anyway
		CveMatch big = cve(device("Fortinet", "FortiGate 6300F", "FortiOS", "6.0.14"), "CVE-2022-42475").orElseThrow();
		assertEquals(Applicability.AFFECTED, big.applicability());
	}

	@Test
	void nttBizBoxIsAYamahaRebrand() {
		// NTT西日本 Biz Box NVR510: NVD lists it as ntt-west:biz_box_nvr510_firmware < 15.01.18 (excluding)
		MatchResult bizBox = device("NTT西日本", "Biz Box ルータ NVR510", null, "Rev.15.01.17");
		CveMatch m = cve(bizBox, "CVE-2021-20843").orElseThrow();
		assertEquals(Applicability.AFFECTED, m.applicability());
		// NTT's entry ends before 15.01.18, YAMAHA's own NVR510 entry includes it: the bounds do not tell a fixed version
		assertNull(m.fixedIn());
		assertTrue(cve(device("NTT西日本", "NVR510", null, "Rev.15.01.19"), "CVE-2021-20843").isEmpty());
	}

	@Test
	void iosXeLetteredReleases() {
		// CVE-2023-20198: 17.9 <= v < 17.9.4a
		assertEquals(Applicability.AFFECTED, cve(device("Cisco", "C9300-48P", "IOS XE", "17.9.4"), "CVE-2023-20198").orElseThrow().applicability());
		assertTrue(cve(device("Cisco", "C9300-48P", "IOS XE", "17.9.4a"), "CVE-2023-20198").isEmpty());
		assertEquals("17.3.8a", cve(device("Cisco", "C9300-48P", "IOS XE", "17.03.08"), "CVE-2023-20198").orElseThrow().fixedIn());
		assertTrue(cve(device("Cisco", "C9300-48P", "IOS XE", "17.03.08a"), "CVE-2023-20198").isEmpty());
		// the Rockwell OEM configurations (AND with Stratix hardware) never name a Cisco device
		assertTrue(device("Cisco", "C9300-48P", "IOS XE", "17.9.4").matches().stream().allMatch(x -> x.applicability() == Applicability.AFFECTED));
	}

	@Test
	void panOsHotfixesInTheUpdateField() {
		// CVE-2024-0012: 10.2.0 <= v < 10.2.12, and exactly 10.2.12 (update -) and 10.2.12-h1
		assertEquals(Applicability.AFFECTED, cve(device("Palo Alto Networks", "PA-220", "PAN-OS", "10.2.11-h5"), "CVE-2024-0012").orElseThrow().applicability());
		assertTrue(cve(device("Palo Alto Networks", "PA-220", "PAN-OS", "10.2.12"), "CVE-2024-0012").isPresent());
		assertTrue(cve(device("Palo Alto Networks", "PA-220", "PAN-OS", "10.2.12-h1"), "CVE-2024-0012").isPresent());
		assertTrue(cve(device("Palo Alto Networks", "PA-220", "PAN-OS", "10.2.12-h2"), "CVE-2024-0012").isEmpty());
		// the range's end is listed as vulnerable itself, so it is not told as the fixed version
		assertNull(cve(device("Palo Alto Networks", "PA-220", "PAN-OS", "10.2.9-h1"), "CVE-2024-0012").orElseThrow().fixedIn());
		assertTrue(cve(device("Palo Alto Networks", "PA-220", "PAN-OS", "10.1.14-h4"), "CVE-2024-0012").isEmpty());
	}

	@Test
	void ivantiReleasesInTheUpdateFieldAndPulseSecureIsIvanti() {
		// CVE-2019-11510 lists 9.0:r1 ... 9.0:r3.3 exactly; 9.0R3.4 is the fix
		CveMatch m = cve(device("Pulse Secure", "PCS 5000", "Pulse Connect Secure", "9.0R3.3"), "CVE-2019-11510").orElseThrow();
		assertEquals(Applicability.AFFECTED, m.applicability());
		assertTrue(m.knownExploited());
		assertTrue(cve(device("Ivanti", "PSA3000", "Connect Secure", "9.0R3.4"), "CVE-2019-11510").isEmpty());
		assertTrue(cve(device("Ivanti", "PSA3000", "Connect Secure", "8.2R1"), "CVE-2019-11510").isPresent()); // listed as 8.2:r1.0
		assertTrue(cve(device("Ivanti", "PSA3000", "Connect Secure", "9.0R10"), "CVE-2019-11510").isEmpty());
	}

	@Test
	void recordAwaitingAnalysisMatchesThroughTheCnaData() {
		// CVE-2026-16876: no configurations; CNA NEC: "All versions from Ver1.1 through Ver1.3, All versions from Ver1.4.21 through Ver1.4.28 and Ver1.5.23"
		CveMatch awaiting = cve(device("NEC", "UNIVERGE IX-R2530", null, "Ver1.4.25"), "CVE-2026-16876").orElseThrow();
		assertEquals(Applicability.AWAITING, awaiting.applicability());
		assertEquals(CveMatch.BASIS_CNA, awaiting.basis());
		assertEquals("CRITICAL", awaiting.severity());
		assertTrue(cve(device("NEC", "UNIVERGE IX-R2530", null, "Ver1.5.23"), "CVE-2026-16876").isPresent());
		assertTrue(cve(device("NEC", "UNIVERGE IX-R2530", null, "Ver1.4.29"), "CVE-2026-16876").isEmpty());
		assertTrue(cve(device("NEC", "UNIVERGE IX-R2530", null, "Ver1.3.0"), "CVE-2026-16876").isPresent());
		// the IX2215 (another series) is not named
		assertTrue(device("NEC", "UNIVERGE IX2215", null, "10.7.18").matches().isEmpty());
	}

	@Test
	void unreadableVersionIsNeverNotAffected() {
		MatchResult result = device("Fortinet", "FortiGate 60E", "FortiOS", "不明");
		assertFalse(result.versionReadable());
		assertTrue(result.matches().stream().allMatch(m -> m.applicability() == Applicability.UNREADABLE));
		assertTrue(cve(result, "CVE-2018-13379").isPresent());
	}

	@Test
	void hardwareNamesOfNvdAreComparedLoosely() {
		assertTrue(HardwareNames.same("tz_500", "tz500"));
		assertTrue(HardwareNames.same("tz370", "tz-370"));
		assertFalse(HardwareNames.same("tz_500", "tz370"));
		assertTrue(HardwareNames.same("fortigate_6000", "fortigate-6300f"));
		assertTrue(HardwareNames.same("fortigate_6000", "fortigate-6500f-dc"));
		assertFalse(HardwareNames.same("fortigate_6000", "fortigate-600e"));
		assertFalse(HardwareNames.same("fortigate_6000", "fortigate-7040e"));
	}
}
