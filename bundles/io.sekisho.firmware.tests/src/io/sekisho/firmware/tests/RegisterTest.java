package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.command.BasicCommandStack;
import org.eclipse.emf.common.command.Command;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.firmware.match.Matcher;
import io.sekisho.firmware.register.DeviceMatch;
import io.sekisho.firmware.register.FirmwareRegister;
import io.sekisho.firmware.register.SecuritySoftwareCheck;
import io.sekisho.firmware.versions.VersionSchemes;
import io.sekisho.firmware.vuln.InMemoryVulnerabilityStore;
import io.sekisho.model.ModelIds;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.SecuritySoftware;
import io.sekisho.model.facility.Severity;
import io.sekisho.model.facility.Vulnerability;
import io.sekisho.model.facility.VulnerabilityMatch;

/** Matching fills the register, keeps what the integrator wrote, updates without duplicates, and is one undoable command. */
class RegisterTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 10, 1);
	private static final FacilityFactory F = FacilityFactory.eINSTANCE;
	private static InMemoryVulnerabilityStore store;

	private FacilityWorkbook workbook;
	private Device fortigate;
	private Device rtx;
	private Device unknown;
	private Device ct;
	private FirmwareRegister register;

	@BeforeAll
	static void load() throws Exception {
		store = RealRecords.store();
	}

	@BeforeEach
	void facility() {
		workbook = F.createFacilityWorkbook();
		workbook.setId(ModelIds.newId());
		fortigate = device("FGT-EHR01", "Fortinet", "FortiGate 60E", "FortiOS", "6.0.4");
		rtx = device("RT-INET01", "YAMAHA", "RTX1210", null, "Rev.14.01.40");
		unknown = device("VPN-MEAL01", null, null, null, null);
		ct = device("CT-01", "東和メディカル", "CT", "Windows 7 Embedded", null);
		ct.setCategory(DeviceCategory.MEDICAL_DEVICE);
		ct.setEndOfSupport(LocalDate.of(2020, 1, 14));
		Device retired = device("OLD-FW", "Fortinet", "FortiGate 60E", "FortiOS", "5.6.3");
		retired.setStatus(DeviceStatus.DECOMMISSIONED);
		FirmwareRecord ctRecord = F.createFirmwareRecord();
		ctRecord.setId(ModelIds.newId());
		ctRecord.setDevice(ct);
		ctRecord.setInstalledVersion("Windows 7 Embedded");
		ctRecord.setVendorMitigation("医療機器 LAN から外部へ出られないよう遮断");
		workbook.getFirmwareRecords().add(ctRecord);
		// what the integrator wrote on the FortiGate's record before any matching
		FirmwareRecord plan = F.createFirmwareRecord();
		plan.setId(ModelIds.newId());
		plan.setDevice(fortigate);
		plan.setUpdatePlan("ベンダーと調整中");
		plan.setPlannedUpdate(LocalDate.of(2026, 11, 30));
		plan.setVendorMitigation("保守時以外は SSL-VPN を無効化");
		workbook.getFirmwareRecords().add(plan);
		register = new FirmwareRegister(new Matcher(store, VersionSchemes.fromPlatform()), TODAY);
	}

	private Device device(String name, String manufacturer, String model, String os, String version) {
		Device d = F.createDevice();
		d.setId(ModelIds.newId());
		d.setName(name);
		d.setCategory(DeviceCategory.NETWORK_DEVICE);
		d.setManufacturer(manufacturer);
		d.setModel(model);
		d.setOperatingSystem(os);
		d.setFirmwareVersion(version);
		workbook.getDevices().add(d);
		return d;
	}

	private FirmwareRecord record(Device device) {
		List<FirmwareRecord> records = workbook.getFirmwareRecords().stream().filter(r -> r.getDevice() == device).toList();
		assertEquals(1, records.size(), device.getName());
		return records.get(0);
	}

	private List<Finding> findings(Device device) {
		return workbook.getFindings().stream().filter(f -> f.getSubject() == device).toList();
	}

	@Test
	void matchingFillsTheRegisterAndKeepsThePlan() {
		register.apply(workbook);
		FirmwareRecord fgt = record(fortigate);
		assertEquals(FirmwareStatus.KNOWN_EXPLOITED, fgt.getStatus());
		assertEquals("ベンダーと調整中", fgt.getUpdatePlan());
		assertEquals(LocalDate.of(2026, 11, 30), fgt.getPlannedUpdate());
		assertEquals("保守時以外は SSL-VPN を無効化", fgt.getVendorMitigation());
		assertEquals("cpe:2.3:o:fortinet:fortios:*:*:*:*:*:*:*:*", fgt.getProductId());
		assertEquals("cpe:2.3:h:fortinet:fortigate-60e:-:*:*:*:*:*:*:*", fgt.getHardwareId());
		assertEquals(TODAY, fgt.getCheckedOn());
		Vulnerability first = fgt.getVulnerabilities().get(0);
		assertEquals("CVE-2018-13379", first.getCveId());
		assertTrue(first.isKnownExploited());
		assertEquals(LocalDate.of(2022, 5, 3), first.getKevDueDate());
		assertTrue(first.isRansomwareUse());
		assertEquals(Severity.CRITICAL, first.getSeverity());
		assertEquals(9.8, first.getScore());
		assertEquals("6.0.5", first.getFixedIn());
		assertEquals(VulnerabilityMatch.AFFECTED, first.getMatch());
		assertEquals("nvd", first.getBasis());

		assertEquals(FirmwareStatus.CURRENT, record(rtx).getStatus()); // 14.01.40 is past CVE-2021-20843's 14.01.38
		assertEquals(FirmwareStatus.PRODUCT_UNKNOWN, record(unknown).getStatus());
		assertEquals(FirmwareStatus.END_OF_SUPPORT, record(ct).getStatus());
		assertEquals("医療機器 LAN から外部へ出られないよう遮断", record(ct).getVendorMitigation());
		assertEquals(4, workbook.getFirmwareRecords().size()); // the retired firewall gets none

		List<Finding> findings = findings(fortigate);
		assertEquals(1, findings.size());
		Finding finding = findings.get(0);
		assertEquals("firmware", finding.getSource());
		assertEquals("known-exploited-vulnerability", finding.getCode());
		assertEquals(Severity.CRITICAL, finding.getSeverity());
		assertEquals(LocalDate.of(2026, 11, 30), finding.getDueDate()); // the plan's date
		assertTrue(finding.getText().contains("CVE-2018-13379"), finding.getText());
		assertEquals(FindingStatus.OPEN, finding.getStatus());
		assertTrue(findings(rtx).isEmpty());
	}

	@Test
	void rematchingUpdatesWithoutDuplicatesAndResolvesTheFinding() {
		register.apply(workbook);
		int vulnerabilities = record(fortigate).getVulnerabilities().size();
		register.apply(workbook);
		assertEquals(4, workbook.getFirmwareRecords().size());
		assertEquals(vulnerabilities, record(fortigate).getVulnerabilities().size());
		assertEquals(1, findings(fortigate).size());
		findings(fortigate).get(0).setStatus(FindingStatus.IN_PROGRESS);

		// the vendor updated the FortiGate: 7.0.9 is past the ranges of both FortiOS records
		fortigate.setFirmwareVersion("7.0.9");
		register.apply(workbook);
		assertEquals(FirmwareStatus.CURRENT, record(fortigate).getStatus());
		assertTrue(record(fortigate).getVulnerabilities().isEmpty());
		assertEquals("7.0.9", record(fortigate).getInstalledVersion());
		assertEquals(FindingStatus.RESOLVED, findings(fortigate).get(0).getStatus());
		assertEquals(1, findings(fortigate).size());
	}

	@Test
	void oneUndoableCommand() {
		BasicCommandStack stack = new BasicCommandStack();
		List<DeviceMatch> results = register.evaluate(workbook);
		assertEquals(FirmwareStatus.UNKNOWN, record(fortigate).getStatus()); // evaluate changes nothing
		Command command = register.command(workbook, results);
		stack.execute(command);
		assertEquals(FirmwareStatus.KNOWN_EXPLOITED, record(fortigate).getStatus());
		assertEquals(4, workbook.getFirmwareRecords().size());
		assertFalse(workbook.getFindings().isEmpty());
		stack.undo();
		assertEquals(2, workbook.getFirmwareRecords().size());
		assertEquals(FirmwareStatus.UNKNOWN, record(fortigate).getStatus());
		assertTrue(record(fortigate).getVulnerabilities().isEmpty());
		assertTrue(workbook.getFindings().isEmpty());
		assertEquals("ベンダーと調整中", record(fortigate).getUpdatePlan());
		stack.redo();
		assertEquals(FirmwareStatus.KNOWN_EXPLOITED, record(fortigate).getStatus());
	}

	@Test
	void unreadableVersionIsCheckByHand() {
		fortigate.setFirmwareVersion("最新版");
		register.apply(workbook);
		assertEquals(FirmwareStatus.CHECK_MANUALLY, record(fortigate).getStatus());
		assertTrue(record(fortigate).getVulnerabilities().stream().allMatch(v -> v.getMatch() == VulnerabilityMatch.POSSIBLE));
		assertTrue(findings(fortigate).isEmpty());
	}

	@Test
	void recordAwaitingAnalysisIsMarkedSo() {
		Device ix = device("RT-IXR01", "NEC", "UNIVERGE IX-R2530", null, "Ver1.4.25");
		register.apply(workbook);
		assertEquals(FirmwareStatus.AWAITING_ANALYSIS, record(ix).getStatus());
		Vulnerability v = record(ix).getVulnerabilities().get(0);
		assertEquals("CVE-2026-16876", v.getCveId());
		assertEquals(VulnerabilityMatch.AWAITING, v.getMatch());
		assertEquals("cna", v.getBasis());
		assertNull(v.getKevDueDate());
	}

	@Test
	void definitionFilesOlderThanSevenDaysAreStale() {
		SecuritySoftwareCheck check = new SecuritySoftwareCheck(SecuritySoftwareCheck.DEFAULT_MAX_AGE_DAYS, TODAY);
		SecuritySoftware av = F.createSecuritySoftware();
		av.setDefinitionDate(TODAY.minusDays(7));
		assertFalse(check.stale(av));
		av.setDefinitionDate(TODAY.minusDays(8));
		assertTrue(check.stale(av));
		assertEquals(8, check.ageDays(av));
		av.setDefinitionDate(null);
		assertFalse(check.stale(av));
		assertTrue(new SecuritySoftwareCheck(30, TODAY).ageDays(av) < 0);
	}
}
