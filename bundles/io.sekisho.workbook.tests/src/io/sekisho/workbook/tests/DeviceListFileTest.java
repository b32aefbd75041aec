package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;

import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.workbook.devicelist.CsvText;
import io.sekisho.workbook.devicelist.DeviceListFile;
import io.sekisho.workbook.devicelist.SourceTable;

/** A hospital's device list as its own tools write it: CSV from Japanese Excel, tab-separated text, an .xlsx. */
class DeviceListFileTest {

	@TempDir
	Path dir;

	@Test
	void csvAsJapaneseExcelSavesItIsRead() {
		byte[] shiftJis = "機器名,設置場所\r\n\"電子カルテ,サーバ\",\"サーバ室\r\n2階\"\r\n\"He said \"\"hi\"\"\",x\r\n".getBytes(CsvText.WINDOWS_31J);
		List<List<String>> records = CsvText.parse(CsvText.decode(shiftJis));
		assertEquals(List.of("機器名", "設置場所"), records.get(0));
		assertEquals(List.of("電子カルテ,サーバ", "サーバ室\r\n2階"), records.get(1), "quoted comma and line break stay in the cell");
		assertEquals("He said \"hi\"", records.get(2).get(0));
		byte[] bom = "\uFEFF機器名\tIP\nPC-1\t10.0.0.1\n".getBytes(StandardCharsets.UTF_8);
		assertEquals(List.of(List.of("機器名", "IP"), List.of("PC-1", "10.0.0.1")), CsvText.parse(CsvText.decode(bom)));
	}

	@Test
	void theHeaderIsTheFirstRowWithACellAndRowNumbersAreThoseOfTheFile() throws Exception {
		Path csv = Files.write(dir.resolve("台帳.csv"), "\r\n,,\r\n機器名,IP\r\nPC-1,10.0.0.1\r\n,\r\nPC-2,10.0.0.2\r\n".getBytes(CsvText.WINDOWS_31J));
		SourceTable table = DeviceListFile.read(csv);
		assertEquals(List.of("機器名", "IP"), table.headers());
		assertEquals(List.of(4, 6), table.rows().stream().map(SourceTable.Row::number).toList());
		assertEquals("10.0.0.2", table.rows().get(1).cell(1));
		assertEquals("", table.rows().get(1).cell(5));
	}

	@Test
	void theFirstSheetOfAWorkbookIsRead() throws Exception {
		Path xlsx = dir.resolve("台帳.xlsx");
		try (XSSFWorkbook workbook = new XSSFWorkbook(); OutputStream out = Files.newOutputStream(xlsx)) {
			XSSFSheet sheet = workbook.createSheet("機器一覧");
			sheet.createRow(1).createCell(0).setCellValue("機器名");
			sheet.getRow(1).createCell(2).setCellValue("型番");
			sheet.createRow(2).createCell(0).setCellValue("FGT-EHR01");
			sheet.getRow(2).createCell(2).setCellValue("FortiGate 60E");
			workbook.createSheet("メモ").createRow(0).createCell(0).setCellValue("読まない");
			workbook.write(out);
		}
		SourceTable table = DeviceListFile.read(xlsx);
		assertEquals(List.of("機器名", "", "型番"), table.headers());
		assertEquals(1, table.rows().size());
		assertEquals(3, table.rows().get(0).number());
		assertEquals("FortiGate 60E", table.rows().get(0).cell(2));
	}

	@Test
	void emptyOversizedAndBrokenFilesAreRefusedWithTheirName() throws Exception {
		Path empty = Files.write(dir.resolve("空.csv"), new byte[0]);
		assertTrue(assertThrows(IOException.class, () -> DeviceListFile.read(empty)).getMessage().contains("空.csv"));
		byte[] bytes = new byte[(int) DeviceListFile.MAX_BYTES + 1];
		Arrays.fill(bytes, (byte) 'a');
		Path big = Files.write(dir.resolve("big.csv"), bytes);
		assertTrue(assertThrows(IOException.class, () -> DeviceListFile.read(big)).getMessage().contains("big.csv"));
		Path broken = Files.write(dir.resolve("broken.xlsx"), "PK\u0003\u0004 not really".getBytes(StandardCharsets.ISO_8859_1));
		assertTrue(assertThrows(IOException.class, () -> DeviceListFile.read(broken)).getMessage().contains("broken.xlsx"));
	}
}
