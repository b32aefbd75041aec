package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.cli.ExitCode;
import io.sekisho.core.checks.CheckContext;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.core.labels.DeviceLabels;
import io.sekisho.firmware.cli.IdentifySubcommand;
import io.sekisho.firmware.cli.LookupSubcommand;
import io.sekisho.firmware.cli.MatchSubcommand;
import io.sekisho.firmware.register.FirmwareStatusCheck;
import io.sekisho.firmware.register.RegisterLabels;
import io.sekisho.firmware.vuln.VulnerabilityStores;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Vulnerability;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.model.validation.Problem;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;

/**
 * The "done when" from the shipped snapshot alone: the demo's register is filled by matching (never by
 * hand), {@code firmware match} flags FGT-EHR01 with CVE-2018-13379 as known exploited, {@code checklist suggest}
 * says いいえ for 2-⑥ citing it; and lookup, identify and the workbook sheet on the same data.
 */
class DemoRegisterTest {

	@TempDir
	static Path dir;
	private static String previousConfig;

	@BeforeAll
	static void emptyInstallation() {
		// no installation store: the commands fall back to the shipped snapshot
		previousConfig = System.setProperty(VulnerabilityStores.CONFIG_DIR_PROPERTY, dir.resolve("config").toString());
	}

	@AfterAll
	static void restore() {
		if (previousConfig == null) {
			System.clearProperty(VulnerabilityStores.CONFIG_DIR_PROPERTY);
		} else {
			System.setProperty(VulnerabilityStores.CONFIG_DIR_PROPERTY, previousConfig);
		}
	}

	private static FirmwareRecord record(FacilityWorkbook wb, String device) {
		return wb.getFirmwareRecords().stream().filter(r -> r.getDevice() != null && device.equals(r.getDevice().getName())).findFirst()
				.orElseThrow(() -> new AssertionError("no record of " + device));
	}

	@Test
	void theDemosRegisterIsFilledByMatchingTheShippedSnapshot() {
		FacilityWorkbook demo = DemoFacility.build();
		assertTrue(DemoFacility.completionProblems().isEmpty(), DemoFacility.completionProblems().toString());
		FirmwareRecord fgt = record(demo, "FGT-EHR01");
		assertEquals(FirmwareStatus.KNOWN_EXPLOITED, fgt.getStatus());
		Vulnerability first = fgt.getVulnerabilities().get(0);
		assertEquals("CVE-2018-13379", first.getCveId());
		assertTrue(first.isKnownExploited());
		assertEquals("6.0.5", first.getFixedIn());
		assertEquals(LocalDate.of(2022, 5, 3), first.getKevDueDate());
		// the integrator's plan survives the matching
		assertEquals(LocalDate.of(2025, 9, 30), fgt.getPlannedUpdate());
		assertEquals(FirmwareStatus.VULNERABLE, record(demo, "RT-ONS01").getStatus()); // YAMAHA RTX1210 Rev.14.01.38: CVE-2021-20843
		assertEquals(FirmwareStatus.CURRENT, record(demo, "UTM-01").getStatus()); // FortiOS 7.4.8
		assertEquals(FirmwareStatus.PRODUCT_UNKNOWN, record(demo, "VPN-MEAL01").getStatus());
		assertEquals(FirmwareStatus.END_OF_SUPPORT, record(demo, "CT-01").getStatus());
		Device fortigate = fgt.getDevice();
		List<Finding> findings = demo.getFindings().stream().filter(f -> f.getSubject() == fortigate && "firmware".equals(f.getSource())).toList();
		assertEquals(1, findings.size());
		assertEquals(LocalDate.of(2025, 9, 30), findings.get(0).getDueDate());
		// one record per device with firmware: the 10 floor switches, 12 access points, routers, UTM, VPNs, core switches, CT
		long networkDevices = demo.getDevices().stream().filter(d -> d.getCategory() == io.sekisho.model.facility.DeviceCategory.NETWORK_DEVICE).count();
		assertEquals(networkDevices + 1, demo.getFirmwareRecords().size());
	}

	@Test
	void theDemosPatchReasonsNameEachDeviceWithModelAndFirmwareNeverTheCpeProduct() {
		FacilityWorkbook demo = DemoFacility.build();
		Edition r7 = EditionRegistry.fromPlatform().find("mhlw-r7").orElseThrow();
		ChecklistAssessment hospital = demo.getChecklistAssessments().stream()
				.filter(a -> "mhlw-r7".equals(a.getEditionId()) && a.getRespondent() == null).findFirst().orElseThrow();
		Suggestion patches = new Suggestions(EvaluatorRegistry.fromPlatform(), LocalDate.of(2025, 6, 2)).propose(demo, hospital, r7).stream()
				.filter(s -> s.item().getId().equals("2-⑥") && s.columnId().equals("general")).findFirst().orElseThrow();
		List<String> ja = patches.reasons().stream().map(Reason::ja).toList();
		List<String> en = patches.reasons().stream().map(Reason::en).toList();
		assertTrue(ja.stream().anyMatch(t -> t.startsWith("FGT-EHR01（FortiGate 60E、FortiOS 6.0.4）には悪用が確認された脆弱性があります: CVE-2018-13379")), ja.toString());
		assertTrue(en.stream().anyMatch(t -> t.startsWith("FGT-EHR01 (FortiGate 60E, FortiOS 6.0.4) has known exploited vulnerabilities: CVE-2018-13379")), en.toString());
		// the YAMAHA router records no operating system: its firmware is named as such, not as the CPE's rtx1210_firmware
		assertTrue(ja.stream().anyMatch(t -> t.startsWith("RT-ONS01（RTX1210、ファームウェア Rev.14.01.38）には既知の脆弱性があります")), ja.toString());
		assertTrue(en.stream().anyMatch(t -> t.startsWith("RT-ONS01 (RTX1210, firmware Rev.14.01.38) has known vulnerabilities")), en.toString());
		for (String text : patches.reasons().stream().flatMap(r -> java.util.stream.Stream.of(r.ja(), r.en())).toList()) {
			assertFalse(text.contains("_firmware") || text.contains("cpe:") || text.contains("fortios ") || text.contains("null"), text);
		}
		// the Problems view / sekishoc validate names the device the same way, in the platform's language
		FirmwareRecord rtx = record(demo, "RT-ONS01");
		String problem = new FirmwareStatusCheck().check(demo, new CheckContext(LocalDate.of(2025, 6, 2), "test")).stream()
				.filter(p -> p.element() == rtx).map(Problem::message).findFirst().orElseThrow();
		String named = DeviceLabels.withFirmware(rtx.getDevice(), "Rev.14.01.38", Locale.getDefault());
		assertTrue(named.contains("RTX1210") && problem.startsWith(named) && problem.contains(RegisterLabels.of(FirmwareStatus.VULNERABLE))
				&& !problem.contains("_firmware"), problem);
	}

	private static Path demoFile(String name) throws Exception {
		Path file = dir.resolve(name);
		Files.deleteIfExists(file);
		Cli demo = Cli.run(Cli.command("demo"), "", "--out", file.toString());
		assertEquals(ExitCode.OK, demo.exitCode(), demo.err());
		return file;
	}

	@Test
	void firmwareMatchFlagsTheFortiGateAndChecklistSuggestSaysNoCitingIt() throws Exception {
		Path file = demoFile("match.sekisho");
		Cli match = Cli.run(new MatchSubcommand(), "", file.toString());
		assertEquals(ExitCode.OK, match.exitCode(), match.err());
		String fgtLine = match.out().lines().filter(l -> l.startsWith("FGT-EHR01\t")).findFirst().orElseThrow();
		assertTrue(fgtLine.contains(RegisterLabels.of(FirmwareStatus.KNOWN_EXPLOITED)), fgtLine);
		List<String> lines = match.out().lines().toList();
		String firstCve = lines.get(lines.indexOf(fgtLine) + 1);
		assertTrue(firstCve.contains("CVE-2018-13379") && firstCve.contains("2022-05-03"), firstCve);
		assertTrue(match.out().contains("VPN-MEAL01\t" + RegisterLabels.of(FirmwareStatus.PRODUCT_UNKNOWN)), match.out());

		Cli json = Cli.run(new MatchSubcommand(), "", file.toString(), "--json");
		// read as JSON with Jackson's parser: the FortiGate's record and its known-exploited CVE by value
		assertEquals(0, json.exitCode(), json.err());
		String fgtStatus = null;
		String kevDue = null;
		try (JsonParser p = new JsonFactory().createParser(json.out())) {
			String device = null;
			String cve = null;
			int depth = 0;
			for (JsonToken t = p.nextToken(); t != null; t = p.nextToken()) {
				if (t == JsonToken.START_OBJECT) {
					depth++;
				} else if (t == JsonToken.END_OBJECT) {
					depth--;
				} else if (t == JsonToken.VALUE_STRING && depth == 2 && "device".equals(p.currentName())) {
					device = p.getText();
				} else if (t == JsonToken.VALUE_STRING && depth == 2 && "status".equals(p.currentName()) && "FGT-EHR01".equals(device)) {
					fgtStatus = p.getText();
				} else if (t == JsonToken.VALUE_STRING && depth == 3 && "id".equals(p.currentName())) {
					cve = p.getText();
				} else if (depth == 3 && "kevDueDate".equals(p.currentName()) && "FGT-EHR01".equals(device) && "CVE-2018-13379".equals(cve)
						&& t == JsonToken.VALUE_STRING) {
					kevDue = p.getText();
				}
			}
		}
		assertEquals(FirmwareStatus.KNOWN_EXPLOITED.getLiteral(), fgtStatus, json.out());
		assertEquals("2022-05-03", kevDue, json.out());

		Cli suggest = Cli.run(Cli.command("checklist"), "", "suggest", file.toString());
		assertEquals(ExitCode.OK, suggest.exitCode(), suggest.err());
		String out = suggest.out();
		int at = out.indexOf("2-⑥ [" + io.sekisho.checklist.editions.Editions.columnLabel("general") + "]: ");
		assertTrue(at >= 0, out);
		List<String> block = out.substring(at).lines().toList();
		assertTrue(block.get(0).contains(Suggestions.label(Answer.NO)), block.get(0));
		assertTrue(block.get(1).contains("FortiGate 60E") && block.get(1).contains("CVE-2018-13379"), block.get(1));
	}

	@Test
	void applySavesAtomicallyAndRematchingChangesNothing() throws Exception {
		Path file = demoFile("apply.sekisho");
		String before = Files.readString(file, StandardCharsets.UTF_8);
		Cli dry = Cli.run(new MatchSubcommand(), "", file.toString());
		assertEquals(ExitCode.OK, dry.exitCode());
		assertEquals(before, Files.readString(file, StandardCharsets.UTF_8), "without --apply the file is untouched");
		Cli apply = Cli.run(new MatchSubcommand(), "", file.toString(), "--apply");
		assertEquals(ExitCode.OK, apply.exitCode(), apply.err());
		assertTrue(Files.exists(file.resolveSibling("apply.sekisho.bak")));
		FacilityWorkbook saved = SekishoFiles.loadWorkbook(file);
		assertEquals(FirmwareStatus.KNOWN_EXPLOITED, record(saved, "FGT-EHR01").getStatus());
		int records = saved.getFirmwareRecords().size();
		int findings = saved.getFindings().size();
		Cli.run(new MatchSubcommand(), "", file.toString(), "--apply");
		FacilityWorkbook again = SekishoFiles.loadWorkbook(file);
		assertEquals(records, again.getFirmwareRecords().size());
		assertEquals(findings, again.getFindings().size());
	}

	@Test
	void lookupPrintsOneTabSeparatedLinePerCve() {
		Cli fortios = Cli.run(new LookupSubcommand(), "", "--cpe", "cpe:2.3:o:fortinet:fortios:6.0.4:*:*:*:*:*:*:*");
		assertEquals(ExitCode.OK, fortios.exitCode(), fortios.err());
		assertTrue(fortios.out().lines().anyMatch(l -> l.equals("CVE-2018-13379\tAFFECTED\tCRITICAL\t2022-05-03\t6.0.5")), fortios.out());
		assertTrue(fortios.out().lines().allMatch(l -> l.split("\t").length == 5), fortios.out());

		// the firmware alone matches the AND configuration only as POSSIBLE; with the hardware it is AFFECTED
		Cli firmwareOnly = Cli.run(new LookupSubcommand(), "", "--cpe", "cpe:2.3:o:yamaha:rtx1210_firmware:14.01.38:*:*:*:*:*:*:*");
		assertTrue(firmwareOnly.out().startsWith("CVE-2021-20843\tPOSSIBLE\t"), firmwareOnly.out());
		Cli withHardware = Cli.run(new LookupSubcommand(), "", "--cpe", "cpe:2.3:o:yamaha:rtx1210_firmware:14.01.38:*:*:*:*:*:*:*", "--hardware",
				"cpe:2.3:h:yamaha:rtx1210:-:*:*:*:*:*:*:*");
		assertTrue(withHardware.out().startsWith("CVE-2021-20843\tAFFECTED\t"), withHardware.out());
		Cli byName = Cli.run(new LookupSubcommand(), "", "--vendor", "ヤマハ", "--model", "RTX1210", "--version", "Rev.14.01.38");
		assertTrue(byName.out().startsWith("CVE-2021-20843\tAFFECTED\t"), byName.out());
		assertEquals("", Cli.run(new LookupSubcommand(), "", "--vendor", "YAMAHA", "--model", "RTX1210", "--version", "Rev.14.01.41").out());

		Cli awaiting = Cli.run(new LookupSubcommand(), "", "--vendor", "NEC", "--model", "UNIVERGE IX-R2530", "--version", "Ver1.4.25");
		assertTrue(awaiting.out().startsWith("CVE-2026-16876\tAWAITING\tCRITICAL\t-\t-"), awaiting.out());

		Cli unreadable = Cli.run(new LookupSubcommand(), "", "--vendor", "Fortinet", "--product", "FortiOS", "--version", "最新");
		assertEquals(ExitCode.PROBLEMS, unreadable.exitCode());
		Cli badCpe = Cli.run(new LookupSubcommand(), "", "--cpe", "fortios 6.0.4");
		assertEquals(ExitCode.USAGE, badCpe.exitCode());
		assertFalse(badCpe.err().isBlank());
	}

	@Test
	void identifyReadsStandardInput() throws IOException {
		String capture;
		try (InputStream in = DemoRegisterTest.class.getClassLoader()
				.getResourceAsStream("resources/device-output/fortinet/get_system_status/fortinet_get_system_status_7.4.raw")) {
			capture = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Cli id = Cli.run(new IdentifySubcommand(), capture);
		assertEquals(ExitCode.OK, id.exitCode(), id.err());
		assertEquals(List.of("vendor\tfortinet", "model\tFortiGate 60E-POE", "version\t7.4.1", "cpe\tcpe:2.3:o:fortinet:fortios:7.4.1:*:*:*:*:*:*:*",
				"hardware\tcpe:2.3:h:fortinet:fortigate-60e-poe:-:*:*:*:*:*:*:*"), id.out().lines().toList());
		Cli unknown = Cli.run(new IdentifySubcommand(), "this is not a device\n");
		assertEquals(ExitCode.PROBLEMS, unknown.exitCode());
	}

	@Test
	void workbookSheetShowsTheRegisterInTheChosenLanguage() throws Exception {
		FacilityWorkbook demo = DemoFacility.build();
		for (WorkbookLanguage language : List.of(WorkbookLanguage.JA, WorkbookLanguage.EN)) {
			Path out = dir.resolve("handover-" + language + ".xlsx");
			HandoverExport.fromPlatform().export(new Handover(demo, EditionRegistry.fromPlatform().latest().orElseThrow(), LocalDate.of(2026, 12, 1), null),
					language, out, null);
			try (XSSFWorkbook book = new XSSFWorkbook(Files.newInputStream(out))) {
				Sheet sheet = book.getSheet(language == WorkbookLanguage.JA ? "ファームウェア台帳" : "Firmware register");
				assertTrue(sheet != null, "sheet missing in " + language);
				Row fgt = null;
				for (Row row : sheet) {
					Cell first = row.getCell(0);
					if (first != null && "FGT-EHR01".equals(first.toString())) {
						fgt = row;
					}
				}
				assertTrue(fgt != null);
				String rowText = "";
				for (Cell cell : fgt) {
					rowText += cell.toString() + " | ";
				}
				assertTrue(rowText.contains("CVE-2018-13379") && rowText.contains("6.0.4") && rowText.contains("6.0.5"), rowText);
				if (language == WorkbookLanguage.JA) {
					assertTrue(rowText.contains("悪用が確認された脆弱性あり") && rowText.contains("対応期限 2022-05-03"), rowText);
				} else {
					assertTrue(rowText.contains("Known exploited vulnerability") && !rowText.contains("悪用"), rowText);
				}
			}
		}
	}
}
