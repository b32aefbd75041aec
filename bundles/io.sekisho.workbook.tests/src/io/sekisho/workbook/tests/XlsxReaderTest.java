package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;

import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.workbook.read.ReadLimits;
import io.sekisho.workbook.read.SheetCells;
import io.sekisho.workbook.read.WorkbookReadException;
import io.sekisho.workbook.read.XlsxReader;

class XlsxReaderTest {

	@TempDir
	Path dir;

	private WorkbookReadException refused(Path file) {
		return assertThrows(WorkbookReadException.class, () -> new XlsxReader().read(file, name -> true, () -> null));
	}

	@Test
	void readsStringsNumbersAndDatesAsText() throws Exception {
		Path file = dir.resolve("filled.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook()) {
			XSSFSheet sheet = workbook.createSheet("チェックリスト");
			workbook.createSheet("other").createRow(0).createCell(0).setCellValue("skipped");
			CellStyle dateStyle = workbook.createCellStyle();
			dateStyle.setDataFormat(workbook.createDataFormat().getFormat("ge.m.d")); // a Japanese era format
			XSSFRow row = sheet.createRow(4);
			row.createCell(0).setCellValue("2-(5)");
			row.createCell(3).setCellValue(" はい ");
			row.createCell(4).setCellValue(LocalDate.of(2025, 6, 30));
			row.getCell(4).setCellStyle(dateStyle);
			row.createCell(5).setCellValue(42);
			try (OutputStream out = Files.newOutputStream(file)) {
				workbook.write(out);
			}
		}
		Map<String, SheetCells> read = new XlsxReader().read(file, "チェックリスト"::equals, () -> null);
		assertEquals(1, read.size());
		SheetCells cells = read.get("チェックリスト");
		assertEquals("2-(5)", cells.get(4, 0));
		assertEquals("はい", cells.get(4, 3), "trimmed");
		assertEquals("2025-06-30", cells.get(4, 4), "date cells come as ISO dates whatever their format");
		assertEquals("42", cells.get(4, 5));
		assertEquals("", cells.get(9, 9));
		assertEquals(4, cells.lastRow());
	}

	@Test
	void anEmptyOrMissingFileIsRefused() throws Exception {
		Path empty = Files.createFile(dir.resolve("empty.xlsx"));
		assertTrue(refused(empty).getMessage().contains("empty.xlsx"));
		assertTrue(refused(dir.resolve("missing.xlsx")).getMessage().contains("missing.xlsx"));
	}

	@Test
	void aTextFileOrAPdfIsNotAnXlsx() throws Exception {
		Path text = Files.writeString(dir.resolve("answers.xlsx"), "項目,回答\n1-(1),はい\n");
		WorkbookReadException e = refused(text);
		assertTrue(e.getMessage().contains("answers.xlsx") && e.getMessage().contains(".xlsx"), e.getMessage());
		assertNull(e.sheet());
		Path pdf = Files.writeString(dir.resolve("scan.xlsx"), "%PDF-1.7\n%...");
		assertTrue(refused(pdf).getMessage().contains("PDF"), refused(pdf).getMessage());
	}

	@Test
	void aZipWithoutAWorkbookIsRefused() throws Exception {
		Path zip = HostileFiles.zipWith(dir.resolve("photos.xlsx"), "photo.txt", "not a workbook");
		WorkbookReadException e = refused(zip);
		assertTrue(e.getMessage().contains("photos.xlsx"), e.getMessage());
	}

	@Test
	void anOldXlsFileIsNamedAsSuch() throws Exception {
		Path xls = dir.resolve("old.xlsx");
		try (POIFSFileSystem ole = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(xls)) {
			ole.createDocument(new java.io.ByteArrayInputStream(new byte[600]), "Workbook");
			ole.writeFilesystem(out);
		}
		WorkbookReadException e = refused(xls);
		assertTrue(e.getMessage().contains(".xls"), e.getMessage());
	}

	@Test
	void aZipBombIsRefused() throws Exception {
		Path bomb = HostileFiles.withSheet(dir.resolve("bomb.xlsx"), out -> {
			out.write(HostileFiles.SHEET_START);
			char[] spaces = new char[1 << 20];
			java.util.Arrays.fill(spaces, ' ');
			for (int i = 0; i < 40; i++) {
				out.write(spaces); // 40 MB of blanks compress to a few dozen KB
			}
			out.write(HostileFiles.SHEET_END);
		});
		assertTrue(Files.size(bomb) < 1_000_000);
		WorkbookReadException e = refused(bomb);
		assertTrue(e.getMessage().contains("bomb.xlsx") && e.getMessage().contains("zip"), e.getMessage());
	}

	@Test
	void aMillionRowsStopAtTheRowLimit() throws Exception {
		Path big = HostileFiles.withSheet(dir.resolve("million.xlsx"), out -> {
			out.write(HostileFiles.SHEET_START);
			for (int r = 1; r <= 1_000_000; r++) {
				out.write("<row r=\"" + r + "\"><c r=\"A" + r + "\"><v>" + r + "</v></c></row>");
			}
			out.write(HostileFiles.SHEET_END);
		});
		WorkbookReadException e = refused(big);
		assertEquals("チェックリスト", e.sheet());
		assertEquals("A10001", e.cell(), e.getMessage());
		assertTrue(e.getMessage().contains("10000"), e.getMessage());
	}

	@Test
	void aCellFarRightIsRefusedWithItsReference() throws Exception {
		Path wide = HostileFiles.withSheet(dir.resolve("wide.xlsx"), out -> out.write(HostileFiles.SHEET_START
				+ "<row r=\"3\"><c r=\"ZZ3\" t=\"inlineStr\"><is><t>x</t></is></c></row>" + HostileFiles.SHEET_END));
		WorkbookReadException e = assertThrows(WorkbookReadException.class,
				() -> new XlsxReader(new ReadLimits(1 << 20, 100, 50, 100)).read(wide, n -> true, () -> null));
		assertEquals("ZZ3", e.cell());
	}

	@Test
	void anExternalEntityIsNeverResolved() throws Exception {
		Path secret = Files.writeString(dir.resolve("secret.txt"), "TOP-SECRET-CONTENT");
		Path xxe = HostileFiles.withSheet(dir.resolve("xxe.xlsx"), out -> out.write(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE worksheet [<!ENTITY xxe SYSTEM \"" + secret.toUri()
						+ "\">]>\n<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>"
						+ "<row r=\"1\"><c r=\"A1\" t=\"inlineStr\"><is><t>&xxe;</t></is></c></row>" + HostileFiles.SHEET_END));
		WorkbookReadException e = refused(xxe);
		assertTrue(e.getMessage().contains("xxe.xlsx"), e.getMessage());
		assertFalse(e.getMessage().contains("TOP-SECRET"), e.getMessage());
	}

	@Test
	void aFileAboveTheSizeLimitIsRefusedBeforeOpening() throws Exception {
		Path file = Files.write(dir.resolve("large.xlsx"), new byte[2048]);
		WorkbookReadException e = assertThrows(WorkbookReadException.class,
				() -> new XlsxReader(new ReadLimits(1024, 100, 50, 100)).read(file, n -> true, () -> null));
		assertTrue(e.getMessage().contains("2048") || e.getMessage().contains("2,048"), e.getMessage());
	}

	static String utf8(ByteArrayOutputStream out) {
		return out.toString(StandardCharsets.UTF_8);
	}
}
