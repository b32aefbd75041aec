package jp.co.samplemedical.sekisho.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.catalog.CatalogEntry;
import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.Sekishoc;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.ModelIds;
import io.sekisho.password.CheckContext;
import io.sekisho.password.FindingCode;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.PasswordChecker;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;

/** Our contributions, seen through Sekisho's own services as the product sees them. */
class SampleMedicalTest {

	private final Edition r7 = EditionRegistry.fromPlatform().find("mhlw-r7").orElseThrow();

	/** The demo hospital with one of our CTs (remote maintenance) and an SM-Link gateway. */
	private static FacilityWorkbook demoWithOurDevices(Availability gatewayRestriction) {
		FacilityWorkbook workbook = DemoFacility.build();
		Device ct = device(workbook, "CT-02", "SM-CT 200", DeviceCategory.MEDICAL_DEVICE);
		ct.setRemoteMaintenance(true);
		ct.setLocation("放射線科");
		Device gateway = device(workbook, "SMLINK-01", "SM-Link", DeviceCategory.NETWORK_DEVICE);
		gateway.setSourceAddressRestriction(gatewayRestriction);
		return workbook;
	}

	private static Device device(FacilityWorkbook workbook, String name, String model, DeviceCategory category) {
		Device d = FacilityFactory.eINSTANCE.createDevice();
		d.setId(ModelIds.newId());
		d.setName(name);
		d.setManufacturer("Sample Medical");
		d.setModel(model);
		d.setCategory(category);
		workbook.getDevices().add(d);
		return d;
	}

	@Test
	void ourCatalogIsPartOfSekishosDeviceCatalog() {
		DeviceCatalog catalog = DeviceCatalog.fromPlatform();
		assertTrue(catalog.problems().isEmpty(), catalog.problems().toString());
		CatalogEntry ct = catalog.find("サンプルメディカル", "SMCT200").orElseThrow();
		assertEquals("SM-CT 200", ct.model());
		assertEquals("jp.co.samplemedical.sekisho", ct.contributor());
		assertEquals(LocalDate.of(2031, 3, 31), ct.endOfSupport().orElseThrow());
	}

	@Test
	void ourServicePasswordIsAFactoryDefaultNamingUs() {
		PasswordCatalog passwords = PasswordCatalog.fromPlatform();
		var verdict = new PasswordChecker(passwords).check("SMservice#2019".toCharArray(),
				CheckContext.builder(passwords.defaultProfile()).mfa(true).build());
		assertTrue(verdict.has(FindingCode.FACTORY_DEFAULT));
		assertTrue(verdict.findings().stream().anyMatch(f -> f.message(java.util.Locale.JAPANESE).contains("サンプルメディカル")));
	}

	@Test
	void ourEvaluatorAnswersRemoteMaintenanceFromTheGatewaysSourceRestriction() {
		Suggestions suggestions = new Suggestions(EvaluatorRegistry.fromPlatform(), LocalDate.of(2025, 6, 2));
		FacilityWorkbook open = demoWithOurDevices(Availability.UNKNOWN);
		ChecklistAssessment assessment = Assessments.newFacilityAssessment(open, r7);
		Suggestion remote = suggestions.propose(open, assessment, r7).stream().filter(s -> s.item().getId().equals("2-②"))
				.findFirst().orElseThrow();
		assertEquals(Answer.NO, remote.answer());
		assertTrue(remote.reasons().stream().anyMatch(r -> r.ja().contains("SMLINK-01") && r.ja().contains("接続元制限")),
				remote.reasons().toString());
	}

	@Test
	void ourSheetIsInTheHandoverWorkbook(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("handover.xlsx");
		HandoverExport.fromPlatform().export(new Handover(demoWithOurDevices(Availability.YES), r7, LocalDate.of(2025, 6, 3), null),
				WorkbookLanguage.JA, out, null);
		try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet log = workbook.getSheet("保守作業記録");
			assertNotNull(log, "sheets: " + workbook.getNumberOfSheets());
			StringBuilder text = new StringBuilder();
			log.forEach(row -> row.forEach(cell -> text.append(cell.toString()).append('|')));
			assertTrue(text.toString().contains("CT-02") && text.toString().contains("SM-CT 200") && text.toString().contains("リモート（SM-Link）"), text.toString());
		}
	}

	@Test
	void ourVersionSchemeReadsWhatOurConsolesPrint() {
		var schemes = io.sekisho.firmware.versions.VersionSchemes.fromPlatform();
		assertTrue(schemes.problems().isEmpty(), schemes.problems().toString());
		var scheme = schemes.forProduct("samplemedical", "sm-ct_200_firmware");
		assertEquals("samplemedical", schemes.idFor("samplemedical", "sm-ct_200_firmware"));
		var console = scheme.parse("SM-OS 3.2 build 41").orElseThrow();
		assertEquals(0, console.compareTo(scheme.parse("3.2.41").orElseThrow()));
		assertTrue(console.compareTo(scheme.parse("SM-OS 3.2 build 100").orElseThrow()) < 0, "build 41 before build 100");
		assertTrue(scheme.parse("v3").isEmpty(), "not ours to read: 要確認");
	}

	@Test
	void ourNetworkRuleNamesAModalityWithoutGatewayInItsZone() {
		FacilityWorkbook workbook = demoWithOurDevices(Availability.YES);
		Device ct = workbook.getDevices().stream().filter(d -> d.getName().equals("CT-02")).findFirst().orElseThrow();
		Device gateway = workbook.getDevices().stream().filter(d -> d.getName().equals("SMLINK-01")).findFirst().orElseThrow();
		ct.setZone(workbook.getZones().get(0));
		gateway.setZone(workbook.getZones().get(1));
		var report = io.sekisho.netmap.analysis.NetworkAnalysis.fromPlatform().run(workbook);
		assertTrue(report.failures().isEmpty(), report.failures().toString());
		assertEquals(1, report.of("SAMPLEMEDICAL-1").size(), report.of("SAMPLEMEDICAL-1").toString());
		assertTrue(report.of("SAMPLEMEDICAL-1").get(0).names(ct));
		gateway.setZone(ct.getZone());
		assertTrue(io.sekisho.netmap.analysis.NetworkAnalysis.fromPlatform().run(workbook).of("SAMPLEMEDICAL-1").isEmpty());
	}

	@Test
	void ourCommandListsOurDevices(@TempDir Path dir) throws Exception {
		Path file = dir.resolve("demo.sekisho");
		FacilityWorkbook workbook = demoWithOurDevices(Availability.YES);
		io.sekisho.model.persistence.SekishoFiles.save(workbook, file);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandIO io = new CommandIO(InputStream.nullInputStream(), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		// as sekishoc runs it: sekishoc samplemedical devices FILE
		int code = Sekishoc.run(io, "samplemedical", "devices", file.toString());
		assertEquals(0, code, err.toString(StandardCharsets.UTF_8));
		String printed = out.toString(StandardCharsets.UTF_8);
		assertTrue(printed.contains("CT-02\tSM-CT 200") && printed.contains("SMLINK-01"), printed);
		// a wrong command line is sekishoc's usage error; --help shows our texts
		assertEquals(2, Sekishoc.run(io, "samplemedical", "devices"));
		out.reset();
		assertEquals(0, Sekishoc.run(io, "samplemedical", "devices", "--help"));
		assertTrue(out.toString(StandardCharsets.UTF_8).contains("FILE.sekisho"), out.toString(StandardCharsets.UTF_8));
	}
}
