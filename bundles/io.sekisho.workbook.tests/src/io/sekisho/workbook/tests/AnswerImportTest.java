package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Organization;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.answers.AnswerChange;
import io.sekisho.workbook.answers.AnswerField;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.ImportResult;
import io.sekisho.workbook.internal.sheets.ChecklistLayout;
import io.sekisho.workbook.read.WorkbookReadException;
import io.sekisho.workbook.read.XlsxReader;

class AnswerImportTest {

	@TempDir
	Path dir;
	Path exported;
	FacilityWorkbook facility;
	final AnswerImport answers = new AnswerImport(EditionRegistry.fromPlatform(), new XlsxReader());

	@BeforeEach
	void export() throws IOException {
		facility = FixedFacility.hospital();
		exported = dir.resolve("handover.xlsx");
		HandoverExport.fromPlatform().export(new Handover(facility, FixedFacility.r7(), LocalDate.of(2025, 6, 3), null),
				WorkbookLanguage.JA, exported, null);
	}

	/** Fills the exported workbook as a hospital would, with POI. */
	private Path filled(Consumer<XSSFWorkbook> edit) throws IOException {
		Path file = dir.resolve("filled.xlsx");
		try (InputStream in = Files.newInputStream(exported); XSSFWorkbook workbook = new XSSFWorkbook(in);
				OutputStream out = Files.newOutputStream(file)) {
			edit.accept(workbook);
			workbook.write(out);
		}
		return file;
	}

	private static XSSFRow row(XSSFWorkbook workbook, String sheet, String key) {
		return HandoverExportTest.findRow(workbook.getSheet(sheet), key);
	}

	@Test
	void anUntouchedWorkbookChangesNothing() throws Exception {
		ImportResult result = answers.read(exported, facility, FixedFacility.r7(), () -> null);
		assertTrue(result.acceptable(), result.problems().toString());
		assertEquals(0, result.changes().size(), result.changes().toString());
	}

	@Test
	void typedAnswersBecomeChangesAndAreApplied() throws Exception {
		Path file = filled(workbook -> {
			XSSFRow inventory = row(workbook, HandoverExportTest.CHECKLIST, "2-①|general");
			inventory.getCell(ChecklistLayout.ROUND1).setCellValue("はい");
			inventory.getCell(ChecklistLayout.ROUND1_DATE).setCellValue(LocalDate.of(2025, 6, 10));
			XSSFRow patches = row(workbook, HandoverExportTest.CHECKLIST, "2-⑥|general");
			patches.getCell(ChecklistLayout.ROUND2).setCellValue("Yes"); // English words are understood too
			patches.getCell(ChecklistLayout.ROUND2_DATE).setCellValue("2025/8/1"); // a date typed as text
			XSSFRow vendor = row(workbook, HandoverExportTest.VENDOR_EHR, "2-③|general");
			vendor.getCell(ChecklistLayout.ROUND1).setCellValue("いいえ");
			vendor.getCell(ChecklistLayout.ROUND1_DATE).setCellValue(LocalDate.of(2025, 6, 12));
			vendor.getCell(ChecklistLayout.TARGET_DATE).setCellValue(LocalDate.of(2025, 12, 1));
			vendor.getCell(ChecklistLayout.REMARKS).setCellValue("MDS は来月提出");
		});
		ImportResult result = answers.read(file, facility, FixedFacility.r7(), () -> null);
		assertTrue(result.acceptable(), result.problems().toString());
		assertEquals(8, result.changes().size(), result.changes().toString());
		AnswerChange first = result.changes().get(0);
		assertEquals(HandoverExportTest.CHECKLIST, first.sheet());
		assertEquals(AnswerField.ROUND1, first.field());
		assertEquals(Answer.YES, first.after());
		assertEquals("D", first.cell().substring(0, 1));

		AnswerImport.apply(result, facility);
		var assessment = Assessments.facilityAssessment(facility, FixedFacility.EDITION).orElseThrow();
		ChecklistAnswer inventory = Assessments.answer(assessment, "2-①", "general").orElseThrow();
		assertEquals(Answer.YES, inventory.getRound1());
		assertEquals(LocalDate.of(2025, 6, 10), inventory.getRound1Date());
		ChecklistAnswer patches = Assessments.answer(assessment, "2-⑥", "general").orElseThrow();
		assertEquals(Answer.NO, patches.getRound1(), "round 1 kept");
		assertEquals(Answer.YES, patches.getRound2());
		assertEquals(LocalDate.of(2025, 8, 1), patches.getRound2Date());
		Organization ehr = AnswerImportTestSupport.organization(facility, FixedFacility.EHR_VENDOR_ID);
		ChecklistAnswer mds = Assessments.answer(Assessments.vendorAssessment(facility, FixedFacility.EDITION, ehr).orElseThrow(), "2-③", "general")
				.orElseThrow();
		assertEquals(Answer.NO, mds.getRound1());
		assertEquals("MDS は来月提出", mds.getRemarks());

		assertEquals(0, answers.read(file, facility, FixedFacility.r7(), () -> null).changes().size(), "applied: nothing left to change");
	}

	@Test
	void aDateTypedIntoACellWithoutDateFormatIsTakenAsExcelSerialDay() throws Exception {
		Path file = filled(workbook -> {
			XSSFRow inventory = row(workbook, HandoverExportTest.CHECKLIST, "2-①|general");
			inventory.createCell(ChecklistLayout.ROUND1).setCellValue("はい");
			inventory.createCell(ChecklistLayout.ROUND1_DATE).setCellValue(45839); // general format: 2025-07-01
		});
		ImportResult result = answers.read(file, facility, FixedFacility.r7(), () -> null);
		assertTrue(result.acceptable(), result.problems().toString());
		assertEquals(LocalDate.of(2025, 7, 1), result.changes().stream().filter(c -> c.field() == AnswerField.ROUND1_DATE)
				.findFirst().orElseThrow().after());
	}

	/** Issue 18 item 3: a day that does not exist is an error with its cell, never the nearest day. */
	@Test
	void aDayThatDoesNotExistIsRefusedAndJapaneseDatesAreRead() throws Exception {
		Path file = filled(workbook -> {
			XSSFRow inventory = row(workbook, HandoverExportTest.CHECKLIST, "2-①|general");
			inventory.getCell(ChecklistLayout.ROUND1).setCellValue("はい");
			inventory.getCell(ChecklistLayout.ROUND1_DATE).setCellValue("2025/2/30");
			XSSFRow patches = row(workbook, HandoverExportTest.CHECKLIST, "2-⑥|general");
			patches.getCell(ChecklistLayout.ROUND1).setCellValue("はい");
			patches.getCell(ChecklistLayout.ROUND1_DATE).setCellValue("令和7年6月30日");
		});
		ImportResult result = answers.read(file, facility, FixedFacility.r7(), () -> null);
		assertFalse(result.acceptable());
		int inventoryRow = 1 + row(open(file), HandoverExportTest.CHECKLIST, "2-①|general").getRowNum();
		assertEquals(1, result.problems().size(), result.problems().toString());
		assertEquals("E" + inventoryRow, result.problems().get(0).cell());
		assertTrue(result.problems().get(0).message().contains("2025/2/30"), result.problems().get(0).message());
		assertTrue(result.changes().stream().anyMatch(c -> LocalDate.of(2025, 6, 30).equals(c.after())), result.changes().toString());
	}

	@Test
	void invalidAnswersAreRejectedWithSheetAndCell() throws Exception {
		Path file = filled(workbook -> {
			XSSFRow inventory = row(workbook, HandoverExportTest.CHECKLIST, "2-①|general");
			inventory.getCell(ChecklistLayout.ROUND1).setCellValue("たぶん");
			inventory.getCell(ChecklistLayout.ROUND1_DATE).setCellValue("来週");
			XSSFRow patches = row(workbook, HandoverExportTest.CHECKLIST, "2-⑥|general");
			patches.getCell(ChecklistLayout.TARGET_DATE).setCellValue(LocalDate.of(2026, 4, 1)); // next fiscal year
		});
		ImportResult result = answers.read(file, facility, FixedFacility.r7(), () -> null);
		assertFalse(result.acceptable());
		assertEquals(3, result.problems().size(), result.problems().toString());
		int inventoryRow = 1 + row(open(file), HandoverExportTest.CHECKLIST, "2-①|general").getRowNum();
		assertEquals("D" + inventoryRow, result.problems().get(0).cell());
		assertTrue(result.problems().get(0).toString().startsWith(HandoverExportTest.CHECKLIST + "!D" + inventoryRow), result.problems().get(0).toString());
		assertTrue(result.problems().get(0).message().contains("たぶん"));
		assertEquals("E" + inventoryRow, result.problems().get(1).cell());
		assertTrue(result.problems().get(2).cell().startsWith("H"));
		assertThrows(IllegalArgumentException.class, () -> AnswerImport.apply(result, facility));
	}

	@Test
	void aWorkbookOfAnotherFacilityIsRefused() throws Exception {
		FacilityWorkbook other = FixedFacility.hospital();
		other.setId("ffffffff-3a57-4c1e-9a51-5c0d2a6f1e01");
		WorkbookReadException e = assertThrows(WorkbookReadException.class, () -> answers.read(exported, other, FixedFacility.r7(), () -> null));
		assertTrue(e.getMessage().contains("handover.xlsx") && e.getMessage().contains(FixedFacility.FACILITY_ID), e.getMessage());
	}

	@Test
	void aWorkbookOfAnotherEditionIsRefused() {
		var r6 = EditionRegistry.fromPlatform().find("mhlw-r6").orElseThrow();
		WorkbookReadException e = assertThrows(WorkbookReadException.class, () -> answers.read(exported, facility, r6, () -> null));
		assertTrue(e.getMessage().contains("mhlw-r7") && e.getMessage().contains("mhlw-r6"), e.getMessage());
	}

	@Test
	void aWorkbookWithoutOurMetadataIsRefused() throws Exception {
		Path file = filled(workbook -> workbook.removeSheetAt(workbook.getSheetIndex("_sekisho")));
		WorkbookReadException e = assertThrows(WorkbookReadException.class, () -> answers.read(file, facility, FixedFacility.r7(), () -> null));
		assertTrue(e.getMessage().contains("_sekisho"), e.getMessage());
	}

	@Test
	void anEncryptedWorkbookIsReadWithItsPassword() throws Exception {
		Path encrypted = dir.resolve("encrypted.xlsx");
		HandoverExport.fromPlatform().export(new Handover(facility, FixedFacility.r7(), LocalDate.of(2025, 6, 3), null),
				WorkbookLanguage.JA, encrypted, "hospital-handover-2025".toCharArray());
		int[] asked = new int[1];
		char[][] given = new char[1][];
		ImportResult result = answers.read(encrypted, facility, FixedFacility.r7(), () -> {
			asked[0]++;
			given[0] = "hospital-handover-2025".toCharArray();
			return given[0];
		});
		assertTrue(result.acceptable());
		assertEquals(1, asked[0], "the password is asked once although the file is read twice");
		assertEquals(new String(new char[given[0].length]), new String(given[0]), "the remembered password is wiped after the import");
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}
}
