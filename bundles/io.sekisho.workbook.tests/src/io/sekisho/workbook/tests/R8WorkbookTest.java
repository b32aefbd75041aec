package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFDataValidation;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Organization;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.answers.AnswerField;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.ImportResult;
import io.sekisho.workbook.internal.sheets.ChecklistLayout;
import io.sekisho.workbook.read.XlsxReader;

/** The FY2026 sheets: the combined facility form, the vendor form with 対象外, and no certainty marker anywhere. */
class R8WorkbookTest {

	static final String CHECKLIST_R8 = "チェックリスト（医療機関・薬局確認用）";
	private static final Pattern MARKER = Pattern.compile("\\[(firm|likely|open)\\]", Pattern.CASE_INSENSITIVE);

	@TempDir
	Path dir;
	private final EditionRegistry registry = EditionRegistry.fromPlatform();
	private final Edition r8 = registry.find("mhlw-r8").orElseThrow();
	private final AnswerImport answers = new AnswerImport(registry, new XlsxReader());

	private Path export(FacilityWorkbook facility, Edition edition, WorkbookLanguage language, String name) throws IOException {
		Path file = dir.resolve(name);
		HandoverExport.fromPlatform().export(new Handover(facility, edition, LocalDate.of(2026, 7, 1), null), language, file, null);
		return file;
	}

	private Path filled(Path exported, Consumer<XSSFWorkbook> edit) throws IOException {
		Path file = dir.resolve("filled-" + exported.getFileName());
		try (InputStream in = Files.newInputStream(exported); XSSFWorkbook workbook = new XSSFWorkbook(in);
				OutputStream out = Files.newOutputStream(file)) {
			edit.accept(workbook);
			workbook.write(out);
		}
		return file;
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static List<String> listValues(XSSFSheet sheet) {
		List<String> values = new ArrayList<>();
		for (XSSFDataValidation v : sheet.getDataValidations()) {
			String[] list = v.getValidationConstraint().getExplicitListValues();
			if (list != null) {
				values.addAll(List.of(list));
			}
		}
		return values;
	}

	@Test
	void theVendorsOutOfScopeGoesThroughExportAndImportAndShowsOnTheFacilityForm() throws Exception {
		FacilityWorkbook facility = FixedFacility.hospital();
		Path exported = export(facility, r8, WorkbookLanguage.JA, "r8.xlsx");
		try (XSSFWorkbook workbook = open(exported)) {
			XSSFSheet own = workbook.getSheet(CHECKLIST_R8);
			assertNotNull(own, "the combined form's sheet");
			XSSFSheet vendor = workbook.getSheet(HandoverExportTest.VENDOR_EHR);
			assertTrue(listValues(vendor).contains("対象外"), listValues(vendor).toString());
			assertFalse(listValues(own).contains("対象外"), listValues(own).toString());
			HandoverExportTest.findRow(own, "4-①|"); // section 4 is on the facility form ...
			assertTrue(text(vendor).stream().noneMatch(t -> t.startsWith("4-①|")), "... and not on the vendor form");
			assertTrue(text(own).contains("確認日："));
		}
		Path file = filled(exported, workbook -> {
			XSSFRow media = HandoverExportTest.findRow(workbook.getSheet(HandoverExportTest.VENDOR_EHR), "2-⑨|general");
			media.getCell(ChecklistLayout.ROUND1).setCellValue("対象外");
			media.getCell(ChecklistLayout.ROUND1_DATE).setCellValue(LocalDate.of(2026, 7, 10));
			media.getCell(ChecklistLayout.REMARKS).setCellValue("端末PCは保守契約の範囲外");
		});
		ImportResult result = answers.read(file, facility, r8, () -> null);
		assertTrue(result.acceptable(), result.problems().toString());
		AnswerImport.apply(result, facility);
		Organization ehr = AnswerImportTestSupport.organization(facility, FixedFacility.EHR_VENDOR_ID);
		ChecklistAnswer media = Assessments.answer(Assessments.vendorAssessment(facility, "mhlw-r8", ehr).orElseThrow(), "2-⑨", "general")
				.orElseThrow();
		assertEquals(Answer.OUT_OF_SCOPE, media.getRound1());
		assertEquals(LocalDate.of(2026, 7, 10), media.getRound1Date());

		// exported again, the facility's form says who left the item to the facility
		try (XSSFWorkbook again = open(export(facility, r8, WorkbookLanguage.JA, "again.xlsx"))) {
			XSSFRow row = HandoverExportTest.findRow(again.getSheet(CHECKLIST_R8), "2-⑨|general");
			String responsibility = row.getCell(ChecklistLayout.RESPONSIBILITY).getStringCellValue();
			assertTrue(responsibility.contains(ehr.getName()) && responsibility.contains("対象外"), responsibility);
			XSSFRow vendorRow = HandoverExportTest.findRow(again.getSheet(HandoverExportTest.VENDOR_EHR), "2-⑨|general");
			assertEquals("対象外", vendorRow.getCell(ChecklistLayout.ROUND1).getStringCellValue());
		}
	}

	@Test
	void theConfirmationDateOfEachFormGoesThroughExportAndImportThreeWay() throws Exception {
		FacilityWorkbook facility = FixedFacility.hospital();
		Path exported = export(facility, r8, WorkbookLanguage.JA, "confirmed.xlsx");
		Path file = filled(exported, workbook -> {
			HandoverExportTest.findRow(workbook.getSheet(CHECKLIST_R8), ChecklistLayout.CONFIRMATION_KEY)
					.getCell(ChecklistLayout.CONFIRMATION_DATE).setCellValue(LocalDate.of(2026, 7, 15));
			HandoverExportTest.findRow(workbook.getSheet(HandoverExportTest.VENDOR_EHR), ChecklistLayout.CONFIRMATION_KEY)
					.getCell(ChecklistLayout.CONFIRMATION_DATE).setCellValue("令和8年7月20日");
		});
		ImportResult result = answers.read(file, facility, r8, () -> null);
		assertTrue(result.acceptable(), result.problems().toString());
		assertEquals(2, result.changes().stream().filter(c -> c.field() == AnswerField.CONFIRMATION_DATE).count(), result.changes().toString());
		assertTrue(result.changes().stream().filter(c -> c.field() == AnswerField.CONFIRMATION_DATE).allMatch(c -> c.itemId() == null && c.columnId().isEmpty() && !c.itemLabel().isBlank()));
		AnswerImport.apply(result, facility);
		Organization ehr = AnswerImportTestSupport.organization(facility, FixedFacility.EHR_VENDOR_ID);
		assertEquals(LocalDate.of(2026, 7, 15), Assessments.facilityAssessment(facility, "mhlw-r8").orElseThrow().getConfirmationDate());
		assertEquals(LocalDate.of(2026, 7, 20), Assessments.vendorAssessment(facility, "mhlw-r8", ehr).orElseThrow().getConfirmationDate());

		// exported with 7-15, then changed in Sekisho: the untouched workbook keeps Sekisho's date (three-way)
		Path again = export(facility, r8, WorkbookLanguage.JA, "confirmed-again.xlsx");
		try (XSSFWorkbook workbook = open(again)) {
			XSSFRow line = HandoverExportTest.findRow(workbook.getSheet(CHECKLIST_R8), ChecklistLayout.CONFIRMATION_KEY);
			assertEquals(LocalDate.of(2026, 7, 15), line.getCell(ChecklistLayout.CONFIRMATION_DATE).getLocalDateTimeCellValue().toLocalDate());
		}
		Assessments.facilityAssessment(facility, "mhlw-r8").orElseThrow().setConfirmationDate(LocalDate.of(2026, 7, 31));
		ImportResult untouched = answers.read(again, facility, r8, () -> null);
		assertTrue(untouched.changes().stream().noneMatch(c -> c.field() == AnswerField.CONFIRMATION_DATE), untouched.changes().toString());
		assertEquals(1, untouched.kept().stream().filter(k -> k.field() == AnswerField.CONFIRMATION_DATE).count(), untouched.kept().toString());

		// a day outside the fiscal year is named with its cell, and nothing is applied
		Path outside = filled(again, workbook -> HandoverExportTest.findRow(workbook.getSheet(CHECKLIST_R8), ChecklistLayout.CONFIRMATION_KEY)
				.getCell(ChecklistLayout.CONFIRMATION_DATE).setCellValue("2025/2/30"));
		ImportResult refused = answers.read(outside, facility, r8, () -> null);
		assertFalse(refused.acceptable());
		assertEquals(CHECKLIST_R8, refused.problems().get(0).sheet());
		assertTrue(refused.problems().get(0).cell().startsWith("E"), refused.problems().toString());
	}

	@Test
	void outOfScopeOnTheFacilitysOwnFormIsRefused() throws Exception {
		FacilityWorkbook facility = FixedFacility.hospital();
		Path file = filled(export(facility, r8, WorkbookLanguage.JA, "own.xlsx"), workbook -> {
			XSSFRow media = HandoverExportTest.findRow(workbook.getSheet(CHECKLIST_R8), "2-⑨|general");
			media.getCell(ChecklistLayout.ROUND1).setCellValue("対象外");
			media.getCell(ChecklistLayout.ROUND1_DATE).setCellValue(LocalDate.of(2026, 7, 10));
		});
		ImportResult result = answers.read(file, facility, r8, () -> null);
		assertFalse(result.acceptable());
		assertTrue(result.problems().get(0).toString().startsWith(CHECKLIST_R8 + "!D"), result.problems().toString());
	}

	@Test
	void noCertaintyMarkerReachesAnyWorkbook() throws Exception {
		FacilityWorkbook facility = FixedFacility.hospital();
		for (Edition edition : registry.all()) {
			if (!edition.getId().startsWith("mhlw-")) {
				continue;
			}
			for (WorkbookLanguage language : WorkbookLanguage.values()) {
				try (XSSFWorkbook workbook = open(export(facility, edition, language, edition.getId() + "-" + language + ".xlsx"))) {
					for (Sheet sheet : workbook) {
						assertFalse(MARKER.matcher(sheet.getSheetName()).find(), sheet.getSheetName());
						for (String t : text(sheet)) {
							assertFalse(MARKER.matcher(t).find(), edition.getId() + " " + language + " " + sheet.getSheetName() + ": " + t);
						}
						if (sheet instanceof XSSFSheet x) {
							listValues(x).forEach(v -> assertFalse(MARKER.matcher(v).find(), v));
						}
					}
				}
			}
		}
	}

	private static List<String> text(Sheet sheet) {
		DataFormatter formatter = new DataFormatter();
		List<String> texts = new ArrayList<>();
		for (Row row : sheet) {
			for (Cell cell : row) {
				texts.add(formatter.formatCellValue(cell));
			}
		}
		return texts;
	}
}
