package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.ImportResult;
import io.sekisho.workbook.internal.sheets.ChecklistLayout;
import io.sekisho.workbook.internal.sheets.HandoverMetadata;
import io.sekisho.workbook.read.ControlCharacters;
import io.sekisho.workbook.read.WorkbookReadException;
import io.sekisho.workbook.read.XlsxReader;
import io.sekisho.workbook.sheet.FormulaInjection;

/** Issue 19 items 3, 7, 11, 12: what a hostile returned workbook, or a hostile model text, must not achieve. */
class HostileInputTest {

	@TempDir
	Path dir;

	private Path export(FacilityWorkbook facility, char[] password) throws IOException {
		Path file = dir.resolve(password == null ? "handover.xlsx" : "encrypted.xlsx");
		HandoverExport.fromPlatform().export(new Handover(facility, FixedFacility.r7(), LocalDate.of(2025, 6, 3), null),
				WorkbookLanguage.JA, file, password);
		return file;
	}

	@Test
	void fullWidthSignsAndALeadingLineFeedCountAsFormulas() {
		for (String text : List.of("＝1+1", "＋81-3-1234", "－5", "＠SUM(A1)", "\n=1+1", "\r=1", "−1")) {
			assertTrue(FormulaInjection.looksLikeFormula(text), text);
		}
		for (String text : List.of("あ=1", "1-①", "VPN装置", "")) {
			assertFalse(FormulaInjection.looksLikeFormula(text), text);
		}
	}

	@Test
	void aFullWidthFormulaInARemarkStaysTextInTheChecklistAndInTheHiddenSheet() throws IOException {
		FacilityWorkbook facility = FixedFacility.hospital();
		Assessments.answer(Assessments.facilityAssessment(facility, FixedFacility.EDITION).orElseThrow(), "2-⑥", "general")
				.orElseThrow().setRemarks("＝HYPERLINK(\"http://example.invalid\",\"更新\")");
		Path file = export(facility, null);
		try (InputStream in = Files.newInputStream(file); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			XSSFRow row = HandoverExportTest.findRow(workbook.getSheet(HandoverExportTest.CHECKLIST), "2-⑥|general");
			assertTrue(row.getCell(ChecklistLayout.REMARKS).getCellStyle().getQuotePrefixed());
			XSSFSheet meta = workbook.getSheet(HandoverMetadata.SHEET);
			boolean found = false;
			for (var r : meta) {
				for (var cell : r) {
					if (cell.getStringCellValue().startsWith("＝HYPERLINK")) {
						found = true;
						assertTrue(cell.getCellStyle().getQuotePrefixed(), "the hidden sheet is guarded too");
					}
				}
			}
			assertTrue(found, "the remark at export is kept in the hidden sheet");
		}
	}

	@Test
	void oneLongSharedStringReferencedByManyCellsIsRefusedWithinTheTextBound() throws IOException {
		Path file = dir.resolve("long-shared-string.xlsx");
		try (InputStream in = HostileInputTest.class.getClassLoader().getResourceAsStream("resources/hostile/long-shared-string.xlsx")) {
			assertNotNull(in);
			Files.copy(in, file);
		}
		long before = System.nanoTime();
		WorkbookReadException e = assertThrows(WorkbookReadException.class,
				() -> new XlsxReader().read(file, HandoverMetadata.SHEET::equals, () -> null));
		assertTrue(e.getMessage().contains("4000000") || e.getMessage().contains("4,000,000"), e.getMessage());
		assertTrue(System.nanoTime() - before < 60_000_000_000L, "refused quickly");
	}

	@Test
	void aCraftedSpinCountIsRefusedBeforeAnyPasswordIsChecked() throws IOException {
		Path encrypted = export(FixedFacility.hospital(), "Kouro-Sekisho-2025!".toCharArray());
		Path hostile = dir.resolve("spin.xlsx");
		try (InputStream in = Files.newInputStream(encrypted); POIFSFileSystem fs = new POIFSFileSystem(in)) {
			byte[] info;
			try (InputStream entry = fs.createDocumentInputStream("EncryptionInfo")) {
				info = entry.readAllBytes();
			}
			String xml = new String(info, StandardCharsets.ISO_8859_1);
			assertTrue(xml.contains("spinCount=\"100000\""), "POI writes 100000");
			byte[] patched = xml.replace("spinCount=\"100000\"", "spinCount=\"2147483647\"").getBytes(StandardCharsets.ISO_8859_1);
			fs.getRoot().createOrUpdateDocument("EncryptionInfo", new ByteArrayInputStream(patched));
			try (OutputStream out = Files.newOutputStream(hostile)) {
				fs.writeFilesystem(out);
			}
		}
		AtomicBoolean asked = new AtomicBoolean();
		WorkbookReadException e = assertThrows(WorkbookReadException.class, () -> new XlsxReader().read(hostile, n -> true, () -> {
			asked.set(true);
			return "Kouro-Sekisho-2025!".toCharArray();
		}));
		assertTrue(e.getMessage().contains("2147483647"), e.getMessage());
		assertFalse(asked.get(), "refused before the password is even asked");
	}

	@Test
	void aCancelledReadStops() throws IOException {
		Path file = export(FixedFacility.hospital(), null);
		assertThrows(java.util.concurrent.CancellationException.class, () -> new AnswerImport(EditionRegistry.fromPlatform(), new XlsxReader())
				.read(file, FixedFacility.hospital(), FixedFacility.r7(), () -> null, () -> true));
	}

	@Test
	void controlCharactersFromAReturnedWorkbookAreRefusedAndEscapedOnOutput() throws Exception {
		FacilityWorkbook facility = FixedFacility.hospital();
		Path exported = export(facility, null);
		Path filled = dir.resolve("filled.xlsx");
		try (InputStream in = Files.newInputStream(exported); XSSFWorkbook workbook = new XSSFWorkbook(in);
				OutputStream out = Files.newOutputStream(filled)) {
			XSSFRow row = HandoverExportTest.findRow(workbook.getSheet(HandoverExportTest.CHECKLIST), "2-①|general");
			row.getCell(ChecklistLayout.REMARKS).setCellValue("CONTROL-MARK");
			workbook.write(out);
		}
		// as another program writes a control character into the XML: escaped, _x001B_ (POI would drop it)
		Path hostile = dir.resolve("control.xlsx");
		try (java.util.zip.ZipFile zip = new java.util.zip.ZipFile(filled.toFile());
				java.util.zip.ZipOutputStream out = new java.util.zip.ZipOutputStream(Files.newOutputStream(hostile))) {
			for (java.util.zip.ZipEntry e : java.util.Collections.list(zip.entries())) {
				byte[] bytes;
				try (InputStream in = zip.getInputStream(e)) {
					bytes = in.readAllBytes();
				}
				String text = new String(bytes, StandardCharsets.UTF_8);
				if (text.contains("CONTROL-MARK")) {
					bytes = text.replace("CONTROL-MARK", "ok_x001B_[2K_x0001_").getBytes(StandardCharsets.UTF_8);
				}
				out.putNextEntry(new java.util.zip.ZipEntry(e.getName()));
				out.write(bytes);
				out.closeEntry();
			}
		}
		filled = hostile;
		ImportResult result = new AnswerImport(EditionRegistry.fromPlatform(), new XlsxReader()).read(filled, facility, FixedFacility.r7(), () -> null);
		assertFalse(result.acceptable(), "a control character is refused");
		assertTrue(result.problems().toString().contains("U+001B"), result.problems().toString());
		assertEquals("ok\\u001B[2K\\u0001", ControlCharacters.escape("ok\u001B[2K\u0001"));
		assertEquals("改行\\u000Aと\\u009B", ControlCharacters.escape("改行\nと\u009B"));
	}
}
