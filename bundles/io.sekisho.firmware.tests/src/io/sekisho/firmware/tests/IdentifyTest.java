package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.sekisho.firmware.identify.DeviceOutputReader;
import io.sekisho.firmware.identify.Identification;
import io.sekisho.firmware.identify.IdentifyException;
import io.sekisho.firmware.versions.VersionSchemes;

/**
 * Identification from every real capture in resources/device-output, checked against the fields its .yml holds
 * (ntc-templates' expected parse), and from SNMP sysDescr lines.
 */
class IdentifyTest {

	private final DeviceOutputReader reader = new DeviceOutputReader();
	private final VersionSchemes schemes = VersionSchemes.fromPlatform();

	/** The scalar fields of the first parsed_sample of a .yml, and the first item of list fields. */
	private static Map<String, String> expected(String path) throws IOException {
		Map<String, String> fields = new LinkedHashMap<>();
		Pattern scalar = Pattern.compile("^\\s*-?\\s*(\\w+): \"(.*)\"$");
		Pattern listKey = Pattern.compile("^\\s*-?\\s*(\\w+):\\s*$");
		Pattern item = Pattern.compile("^\\s*- \"(.*)\"$");
		String pendingList = null;
		for (String line : new String(TestData.resource(path), StandardCharsets.UTF_8).lines().toList()) {
			Matcher m = scalar.matcher(line);
			Matcher k = listKey.matcher(line);
			Matcher i = item.matcher(line);
			if (m.matches()) {
				fields.putIfAbsent(m.group(1), m.group(2));
				pendingList = null;
			} else if (k.matches()) {
				pendingList = k.group(1);
			} else if (i.matches() && pendingList != null) {
				fields.putIfAbsent(pendingList, i.group(1));
			}
		}
		return fields;
	}

	private Identification read(String path) throws Exception {
		return reader.identify(new ByteArrayInputStream(TestData.resource(path)));
	}

	private void sameVersion(String vendor, String product, String expected, String actual) {
		var scheme = schemes.forProduct(vendor, product);
		assertEquals(scheme.parse(expected).orElseThrow(), scheme.parse(actual).orElseThrow(), expected + " vs " + actual);
	}

	@ParameterizedTest
	@CsvSource({ "fortinet_get_system_status", "fortinet_get_system_status_6.2", "fortinet_get_system_status_7.0",
			"fortinet_get_system_status_7.0_1801f", "fortinet_get_system_status_7.0_40f", "fortinet_get_system_status_7.0_eval",
			"fortinet_get_system_status_7.4.8", "fortinet_get_system_status_7.4" })
	void fortiGate(String name) throws Exception {
		String base = "device-output/fortinet/get_system_status/" + name;
		Map<String, String> yml = expected(base + ".yml");
		Identification id = read(base + ".raw");
		Matcher m = Pattern.compile("^([^-\\s]+)-(\\S+) v(\\d+\\.\\d+\\.\\d+),").matcher(yml.get("version"));
		assertTrue(m.find());
		assertEquals("Fortinet", id.manufacturer());
		assertEquals(m.group(1) + " " + m.group(2), id.model());
		assertEquals(m.group(3), id.version());
		assertEquals("FortiOS", id.operatingSystem());
		assertEquals(yml.get("hostname"), id.hostname());
		assertEquals(yml.get("serial_number"), id.serial());
		assertEquals("cpe:2.3:o:fortinet:fortios:" + m.group(3) + ":*:*:*:*:*:*:*", id.firmwareCpe().orElseThrow());
		assertTrue(id.hardwareCpe().orElseThrow().startsWith("cpe:2.3:h:fortinet:fortigate-"), id.hardwareCpe().toString());
	}

	@Test
	void fortiGate60eOfTheHospitalIncident() throws Exception {
		Identification id = reader.identify("Version: FortiGate-60E v6.0.4,build0231,190107 (GA)\nHostname: FGT-EHR01\n");
		assertEquals("FortiGate 60E", id.model());
		assertEquals("6.0.4", id.version());
		assertEquals("cpe:2.3:h:fortinet:fortigate-60e:-:*:*:*:*:*:*:*", id.hardwareCpe().orElseThrow());
	}

	@Test
	void yamahaShowEnvironment() throws Exception {
		String base = "device-output/yamaha/show_environment/yamaha_show_environment";
		Map<String, String> yml = expected(base + ".yml");
		Identification id = read(base + ".raw");
		assertEquals("YAMAHA", id.manufacturer());
		assertEquals("RTX1200", id.model()); // the first line of the capture; the .yml does not parse the model
		assertEquals(yml.get("version"), id.version());
		assertEquals(yml.get("serial"), id.serial());
		assertEquals("cpe:2.3:o:yamaha:rtx1200_firmware:10.01.71:*:*:*:*:*:*:*", id.firmwareCpe().orElseThrow());
		assertEquals("cpe:2.3:h:yamaha:rtx1200:-:*:*:*:*:*:*:*", id.hardwareCpe().orElseThrow());
	}

	@ParameterizedTest
	@CsvSource({ "cisco_ios_show_version1,IOS XE,03.06.05E", "cisco_ios_show_version2,IOS XE,03.09.01.S", "cisco_ios_show_version3,IOS,",
			"cisco_ios_show_version4,IOS XE,", "cisco_ios_show_version5,IOS XE,", "cisco_ios_show_version_01,IOS,",
			"cisco_ios_show_version_special_build,IOS XE," })
	void ciscoShowVersion(String name, String os, String xeRelease) throws Exception {
		String base = "device-output/cisco_ios/show_version/" + name;
		Map<String, String> yml = expected(base + ".yml");
		Identification id = read(base + ".raw");
		assertEquals("Cisco", id.manufacturer());
		assertEquals(os, id.operatingSystem());
		assertEquals(yml.get("hardware"), id.model());
		assertEquals(yml.get("hostname"), id.hostname());
		assertEquals(yml.get("serial"), id.serial());
		String product = os.equals("IOS") ? "ios" : "ios_xe";
		// where the output prints the IOS XE release beside the IOS one, the IOS XE release is what NVD compares
		sameVersion("cisco", product, xeRelease == null ? yml.get("version") : xeRelease, id.version());
		assertTrue(id.firmwareCpe().orElseThrow().startsWith("cpe:2.3:o:cisco:" + product + ":"));
	}

	@Test
	void panOsShowSystemInfo() throws Exception {
		String base = "device-output/paloalto_panos/show_system_info/paloalto_panos_show_system_info";
		Map<String, String> yml = expected(base + ".yml");
		Identification id = read(base + ".raw");
		assertEquals(yml.get("model"), id.model());
		assertEquals(yml.get("os"), id.version());
		assertEquals(yml.get("hostname"), id.hostname());
		assertEquals("cpe:2.3:o:paloaltonetworks:pan-os:7.0.1:*:*:*:*:*:*:*", id.firmwareCpe().orElseThrow());
	}

	@ParameterizedTest
	@CsvSource({ "allied_telesis_awplus_show_system", "allied_telesis_awplus_show_system1" })
	void alliedTelesisShowSystem(String name) throws Exception {
		String base = "device-output/allied_telesis_awplus/show_system/" + name;
		Map<String, String> yml = expected(base + ".yml");
		Identification id = read(base + ".raw");
		assertEquals("Allied Telesis", id.manufacturer());
		assertEquals(yml.get("hardware"), id.model());
		assertEquals(yml.get("serial"), id.serial());
		assertEquals(yml.get("hostname"), id.hostname());
		sameVersion("alliedtelesis", "alliedware_plus", yml.get("version"), id.version());
	}

	@Test
	void junosShowVersion() throws Exception {
		String base = "device-output/juniper_junos/show_version/juniper_junos_show_version";
		Map<String, String> yml = expected(base + ".yml");
		Identification id = read(base + ".raw");
		assertEquals(yml.get("model"), id.model());
		assertEquals(yml.get("junos_version"), id.version());
		assertEquals(yml.get("hostname"), id.hostname());
		assertEquals(yml.get("serial_number"), id.serial());
	}

	@Test
	void necIxShowVersion() throws Exception {
		// the layout of NEC's command reference (no real capture in the shared fixtures)
		Identification id = reader.identify("NEC Portable Internetwork Core Operating System Software\n"
				+ "IX Series IX2215 (magellan-sec) Software, Version 10.7.18, RELEASE SOFTWARE\n" + "Compiled Sep 30-Fri-2022 14:00:00 JST #2\n");
		assertEquals("NEC", id.manufacturer());
		assertEquals("UNIVERGE IX2215", id.model());
		assertEquals("10.7.18", id.version());
		assertEquals("cpe:2.3:h:nec:univerge_ix2215:-:*:*:*:*:*:*:*", id.hardwareCpe().orElseThrow());
	}

	@Test
	void snmpSysDescr() throws Exception {
		Identification yamaha = reader.identify("SNMPv2-MIB::sysDescr.0 = STRING: RTX1210 Rev.14.01.38 (Fri Jul 10 09:46:33 2020)");
		assertEquals("RTX1210", yamaha.model());
		assertEquals("14.01.38", yamaha.version());
		Identification cisco = reader.identify(
				"Cisco IOS Software, C2960X Software (C2960X-UNIVERSALK9-M), Version 15.2(4)E7, RELEASE SOFTWARE (fc2)\nTechnical Support: http://www.cisco.com/techsupport");
		assertEquals("IOS", cisco.operatingSystem());
		assertEquals("15.2(4)E7", cisco.version());
		Identification allied = reader.identify("Allied Telesis router/switch, AW+ v5.4.7-1.1");
		assertEquals("5.4.7-1.1", allied.version());
		Identification juniper = reader.identify("Juniper Networks, Inc. mx240 internet router, kernel JUNOS 13.3R1.4, Build date: 2013-12-08");
		assertEquals("mx240", juniper.model());
		assertEquals("13.3R1.4", juniper.version());
		Identification sonic = reader.identify("SonicWALL TZ 370 (SonicOS 7.0.1-5035)");
		assertEquals("TZ370", sonic.model());
		assertEquals("cpe:2.3:o:sonicwall:sonicos:7.0.1-5035:*:*:*:*:*:*:*", sonic.firmwareCpe().orElseThrow());
	}

	@Test
	void unknownTooLongAndEmptyOutputGetAClearMessage() {
		IdentifyException unknown = assertThrows(IdentifyException.class, () -> reader.identify("hello world\nthis is not a router\n"));
		assertTrue(unknown.getMessage().contains("show version"), unknown.getMessage());
		assertThrows(IdentifyException.class, () -> reader.identify("   "));
		String huge = "Version: FortiGate-60E v6.0.4,build0231,190107 (GA)\n" + "x".repeat(DeviceOutputReader.MAX_CHARS);
		IdentifyException tooLong = assertThrows(IdentifyException.class, () -> reader.identify(new ByteArrayInputStream(huge.getBytes(StandardCharsets.UTF_8))));
		assertTrue(tooLong.getMessage().contains("256"), tooLong.getMessage());
	}

	@Test
	void everyCaptureOfTheFixturesIsRead() throws Exception {
		List<String> raws = new ArrayList<>(List.of("fortinet/get_system_status/fortinet_get_system_status.raw",
				"yamaha/show_environment/yamaha_show_environment.raw", "paloalto_panos/show_system_info/paloalto_panos_show_system_info.raw",
				"juniper_junos/show_version/juniper_junos_show_version.raw"));
		for (String raw : raws) {
			assertTrue(read("device-output/" + raw).products().isPresent(), raw);
		}
	}
}
