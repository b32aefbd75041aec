package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.sekisho.firmware.versions.Version;
import io.sekisho.firmware.versions.VersionScheme;
import io.sekisho.firmware.versions.VersionSchemes;
import io.sekisho.firmware.versions.VersionTokens;

/** Each scheme on the versions of the issue and at the bounds of real NVD ranges. */
class VersionSchemesTest {

	private final VersionSchemes schemes = VersionSchemes.fromPlatform();

	private int compare(String vendor, String product, String a, String b) {
		VersionScheme scheme = schemes.forProduct(vendor, product);
		Version x = scheme.parse(a).orElseThrow(() -> new AssertionError("unreadable: " + a));
		Version y = scheme.parse(b).orElseThrow(() -> new AssertionError("unreadable: " + b));
		return Integer.signum(x.compareTo(y));
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { //
			// FortiOS: the device's whole line reads as the version; CVE-2018-13379 6.0.0 <= v < 6.0.5
			"fortinet|fortios|v6.4.11,build2030,221031 (GA.M)|6.4.11|0", //
			"fortinet|fortios|FortiGate-60E v6.0.4,build0231,190107 (GA)|6.0.5|-1", //
			"fortinet|fortios|6.0.5|6.0.5|0", "fortinet|fortios|6.0.16|6.0.5|1", //
			// YAMAHA: CVE-2021-20843 rtx1210_firmware <= 14.01.38
			"yamaha|rtx1210_firmware|Rev.14.01.38|14.01.38|0", "yamaha|rtx1210_firmware|Rev.14.01.33|14.01.38|-1", //
			"yamaha|rtx1210_firmware|Rev.14.01.40|14.01.38|1", "ntt-west|biz_box_nvr510_firmware|Rev.15.01.17|15.01.18|-1", //
			// Cisco IOS and IOS XE; CVE-2023-20198 17.9 <= v < 17.9.4a
			"cisco|ios|15.2(4)M7|15.2(4)M10|-1", "cisco|ios|15.2(4)m7|15.2(4)M7|0", //
			"cisco|ios_xe|17.9.4a|17.9.10|-1", "cisco|ios_xe|17.03.08a|17.3.8a|0", "cisco|ios_xe|17.9.4|17.9.4a|-1", //
			"cisco|ios_xe|16.12.10a|16.12.4|1", "cisco|ios_xe|17.9|17.9.0|0", //
			// PAN-OS: CVE-2024-0012 fixed in 10.2.12-h2
			"paloaltonetworks|pan-os|10.2.9-h10|10.2.9-h9|1", "paloaltonetworks|pan-os|10.2.12-h1|10.2.12|1", //
			"paloaltonetworks|pan-os|10.2.11-h5|10.2.12|-1", //
			// SonicOS
			"sonicwall|sonicos|6.5.4.15-116n|6.5.4.15.116n|0", "sonicwall|sonicos|7.0.1-5035|7.0.1-5145|-1", //
			// NEC IX (CVE-2026-16876: Ver1.4.21 through Ver1.4.28)
			"nec|univerge_ix2215_firmware|Ver10.7.18|10.7.18|0", "nec_corporation|univerge_ix-r/ix-v|Ver1.4.28|Ver1.4.3|1", //
			// Allied Telesis: the release file name of show system
			"alliedtelesis|alliedware_plus|x530-5.5.3-0.1.rel|5.5.3-0.1|0", "alliedtelesis|alliedware_plus|5.4.5-1.3|5.4.5-1.10|-1", //
			// Buffalo
			"buffalo|wapm-1266r_firmware|Ver.1.9|1.10|-1", //
			// Ivanti/Pulse: CVE-2019-11510 9.0 before 9.0R3.4
			"ivanti|connect_secure|9.0R3.4|9.0R10|-1", "ivanti|connect_secure|9.0R3.3|9.0R3.4|-1", "pulsesecure|pulse_connect_secure|9.0-r3.4|9.0R3.4|0", //
			// Junos
			"juniper|junos|20.4R3-S4.8|20.4R3-S10|-1", "juniper|junos|20.4R3|20.4R3-S1|-1", "juniper|junos|20.4-r3-s4|20.4R3-S4|0", //
			// generic fallback
			"example|thing_firmware|2.10|2.9|1" })
	void ordersVersionsLikeTheVendor(String vendor, String product, String a, String b, int expected) {
		assertEquals(expected, compare(vendor, product, a, b), a + " vs " + b);
	}

	@Test
	void schemesComeFromTheExtensionPoint() {
		assertTrue(schemes.problems().isEmpty(), schemes.problems().toString());
		assertEquals("fortios", schemes.idFor("fortinet", "fortios"));
		assertEquals("yamaha", schemes.idFor("ntt-east", "biz_box_rtx830_firmware"));
		assertEquals("ivanti", schemes.idFor("pulsesecure", "pulse_connect_secure"));
		assertEquals("generic", schemes.idFor("example", "thing"));
		assertEquals(11, schemes.entries().size());
	}

	@Test
	void unreadableVersionsAreEmptyNeverZero() {
		assertEquals(Optional.empty(), schemes.forProduct("cisco", "ios_xe").parse("V169_5_SR689355441_2"));
		assertEquals(Optional.empty(), schemes.forProduct("fortinet", "fortios").parse("unknown"));
		assertEquals(Optional.empty(), schemes.forProduct("example", "x").parse("最新"));
		assertEquals(Optional.empty(), schemes.forProduct("example", "x").parse("1".repeat(500)));
	}

	@Test
	void cpeEscapesAreRemoved() {
		assertEquals("15.2(4)m7", VersionTokens.unescapeCpe("15.2\\(4\\)m7"));
	}

	@Test
	void cpeUpdateFieldJoinsTheVersion() {
		VersionScheme pan = schemes.forProduct("paloaltonetworks", "pan-os");
		assertEquals(pan.parse("10.2.12-h1"), pan.parseCpe("10.2.12", "h1"));
		VersionScheme ivanti = schemes.forProduct("ivanti", "connect_secure");
		assertEquals(ivanti.parse("9.0R3.3"), ivanti.parseCpe("9.0", "r3.3"));
		assertEquals(ivanti.parse("8.2R1"), ivanti.parseCpe("8.2", "r1.0"));
		VersionScheme junos = schemes.forProduct("juniper", "junos");
		assertEquals(junos.parse("20.4R3-S1"), junos.parseCpe("20.4", "r3-s1"));
	}
}
