package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.validation.Problem;
import io.sekisho.netmap.analysis.AnalysisReport;
import io.sekisho.netmap.analysis.Names;
import io.sekisho.netmap.analysis.NetmapProblems;
import io.sekisho.netmap.analysis.NetworkAnalysis;
import io.sekisho.netmap.analysis.RuleDescriptor;
import io.sekisho.netmap.analysis.RuleFindings;
import io.sekisho.netmap.analysis.RuleRegistry;
import io.sekisho.netmap.analysis.RuleResult;
import io.sekisho.netmap.internal.rules.BuiltInRules;

/** The done-when of the analysis: on the demo hospital it names the caterer's path and the EHR vendor's VPN. */
class DemoAnalysisTest {

	private static AnalysisReport analyse(FacilityWorkbook workbook) {
		return NetworkAnalysis.fromPlatform().run(workbook);
	}

	private static Device device(FacilityWorkbook wb, String name) {
		return wb.getDevices().stream().filter(d -> name.equals(d.getName())).findFirst().orElseThrow();
	}

	private static List<String> names(RuleResult r) {
		return r.elements().stream().map(Names::of).toList();
	}

	@Test
	void catererAlwaysOnVpnPathIntoHospitalNetworkIsNamedHopByHop() {
		FacilityWorkbook wb = DemoFacility.build();
		List<RuleResult> paths = analyse(wb).of("NM-PATH");
		RuleResult caterer = paths.stream().filter(r -> names(r).contains("VPN-MEAL01")).findFirst().orElseThrow();
		assertTrue(caterer.path());
		assertEquals(List.of("給食委託先 常時接続 VPN", "給食委託先データセンター", "VPN-MEAL01", "CORE-SW02", "CORE-SW01"), names(caterer));
		assertTrue(caterer.message().contains("VPN-MEAL01"), caterer.message());
		// the internet goes through the UTM: no path from there
		assertFalse(paths.stream().anyMatch(r -> names(r).contains("UTM-01")));
	}

	@Test
	void ehrVendorVpnWithoutSourceRestrictionIsNamed() {
		FacilityWorkbook wb = DemoFacility.build();
		AnalysisReport report = analyse(wb);
		Device fortigate = device(wb, "FGT-EHR01");
		assertTrue(report.of("NM-VPN").stream().anyMatch(r -> r.names(fortigate)));
		ExternalConnection ehr = wb.getExternalConnections().stream().filter(c -> c.getGateway() == fortigate).findFirst().orElseThrow();
		RuleResult conn = report.of("NM-CONN").stream().filter(r -> r.names(ehr)).findFirst().orElseThrow();
		assertTrue(conn.message().contains(ehr.getName()), conn.message());

		// fixed: the rule goes quiet
		fortigate.setSourceAddressRestriction(Availability.YES);
		ehr.setSourceRestriction(Availability.YES);
		ehr.setMultiFactorAuthentication(Availability.YES);
		AnalysisReport after = analyse(wb);
		assertFalse(after.of("NM-VPN").stream().anyMatch(r -> r.names(fortigate)));
		assertFalse(after.of("NM-CONN").stream().anyMatch(r -> r.names(ehr)));
	}

	@Test
	void knownExploitedGatewayFirmwareIsAnError() {
		FacilityWorkbook wb = DemoFacility.build();
		// the firmware module fills the register by matching (not in this test runtime): record what it finds
		var record = wb.getFirmwareRecords().stream().filter(r -> r.getDevice() == device(wb, "FGT-EHR01")).findFirst()
				.orElseGet(() -> {
					var r = io.sekisho.model.facility.FacilityFactory.eINSTANCE.createFirmwareRecord();
					r.setDevice(device(wb, "FGT-EHR01"));
					wb.getFirmwareRecords().add(r);
					return r;
				});
		if (record.getVulnerabilities().stream().noneMatch(v -> "CVE-2018-13379".equals(v.getCveId()))) {
			var v = io.sekisho.model.facility.FacilityFactory.eINSTANCE.createVulnerability();
			v.setCveId("CVE-2018-13379");
			v.setKnownExploited(true);
			record.getVulnerabilities().add(v);
		}
		List<RuleResult> kev = analyse(wb).of("NM-KEV");
		assertTrue(kev.stream().anyMatch(r -> r.names(device(wb, "FGT-EHR01")) && r.message().contains("CVE-2018-13379")),
				kev.toString());
	}

	@Test
	void coreSwitchBridgesMedicalDevicesAndEhr() {
		FacilityWorkbook wb = DemoFacility.build();
		assertTrue(analyse(wb).of("NM-BRIDGE").stream().anyMatch(r -> r.names(device(wb, "CORE-SW01"))));
	}

	@Test
	void deviceWithoutZoneIsReported() {
		FacilityWorkbook wb = DemoFacility.build();
		Device pc = device(wb, "ADM-PC01");
		assertFalse(analyse(wb).of("NM-NOZONE").stream().anyMatch(r -> r.names(pc)));
		pc.setZone(null);
		assertTrue(analyse(wb).of("NM-NOZONE").stream().anyMatch(r -> r.names(pc)));
	}

	@Test
	void contributedRuleRunsAndBrokenOnesAreNamedAndSkipped() {
		RuleRegistry registry = RuleRegistry.fromPlatform();
		assertTrue(registry.rule("TEST-ALWAYS-ON") != null);
		assertEquals(null, registry.rule("TEST-BROKEN"));
		String problems = String.join("\n", registry.problems());
		assertTrue(problems.contains("TEST-BROKEN") && problems.contains("NoSuchRule"), problems);
		AnalysisReport report = new NetworkAnalysis(registry).run(DemoFacility.build());
		assertEquals(4, report.of("TEST-ALWAYS-ON").size()); // caterer, internet, online qualification, regional network
	}

	@Test
	void extensionPointAndBuiltInListAgree() {
		RuleRegistry registry = RuleRegistry.fromPlatform();
		for (RuleDescriptor builtIn : BuiltInRules.descriptors()) {
			RuleDescriptor contributed = registry.rule(builtIn.id());
			assertEquals(builtIn.severity(), contributed.severity(), builtIn.id());
			assertEquals(builtIn.rule().getClass(), contributed.rule().getClass(), builtIn.id());
			assertFalse(contributed.name().isBlank());
		}
		assertEquals(BuiltInRules.descriptors().size() + 1, registry.rules().size()); // + the test fragment's rule
	}

	@Test
	void resultsBecomeProblemsAndFindingsOnce() {
		FacilityWorkbook wb = DemoFacility.build();
		AnalysisReport report = analyse(wb);
		List<Problem> problems = NetmapProblems.of(report);
		assertTrue(problems.stream().anyMatch(p -> p.isError() && p.path().equals("/externalConnections[給食委託先 常時接続 VPN]")),
				problems.toString());
		assertEquals(report.results().size() + report.failures().size(), problems.size());
		List<Finding> findings = RuleFindings.newFindings(wb, report.results());
		assertFalse(findings.isEmpty());
		wb.getFindings().addAll(findings);
		assertTrue(RuleFindings.newFindings(wb, report.results()).isEmpty());
	}
}
