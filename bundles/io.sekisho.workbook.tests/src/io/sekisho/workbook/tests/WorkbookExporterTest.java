package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.workbook.WorkbookExporter;
import io.sekisho.workbook.WorkbookExporter.Contributor;
import io.sekisho.workbook.WorkbookLanguage;

class WorkbookExporterTest {

	@TempDir
	Path dir;

	private static final WorkbookExporter.CoverPage LIST_OF_SHEETS = (context, cover, contents) -> {
		for (int i = 0; i < contents.size(); i++) {
			cover.createRow(i).createCell(0).setCellValue(contents.get(i).name());
		}
	};

	@Test
	void theCoverComesFirstAndListsTheContributedSheets() throws IOException {
		Path out = dir.resolve("handover.xlsx");
		WorkbookExporter exporter = new WorkbookExporter(List.of(new Contributor("a", new SampleSheetContributor()),
				new Contributor("b", new SampleSheetContributor())));
		exporter.export(out, WorkbookLanguage.EN, context -> { }, "Cover", LIST_OF_SHEETS, null);
		try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
			assertEquals(3, workbook.getNumberOfSheets());
			assertEquals("Cover", workbook.getSheetName(0));
			assertEquals("Sample", workbook.getSheetName(1));
			assertEquals("Sample (2)", workbook.getSheetName(2), "a taken name gets a number");
			assertEquals("Sample (2)", workbook.getSheet("Cover").getRow(1).getCell(0).getStringCellValue());
		}
		assertEquals(List.of(out), listing(), "no temporary file is left behind");
	}

	@Test
	void aFailingContributorLeavesTheOldFileUntouched() throws IOException {
		Path out = Files.write(dir.resolve("handover.xlsx"), new byte[] { 1, 2, 3 });
		WorkbookExporter exporter = new WorkbookExporter(List.of(new Contributor("broken", context -> {
			context.createTable("half", "written").header(List.of("x"));
			throw new IllegalStateException("boom");
		})));
		IOException e = assertThrows(IOException.class,
				() -> exporter.export(out, WorkbookLanguage.JA, context -> { }, "表紙", LIST_OF_SHEETS, null));
		assertTrue(e.getMessage().contains("broken") && e.getMessage().contains("boom"), e.getMessage());
		assertArrayEquals(new byte[] { 1, 2, 3 }, Files.readAllBytes(out));
		assertEquals(List.of(out), listing());
	}

	@Test
	void withAPasswordTheWholeFileIsEncrypted() throws IOException {
		Path out = dir.resolve("secret.xlsx");
		new WorkbookExporter(List.of(new Contributor("a", new SampleSheetContributor()))).export(out, WorkbookLanguage.EN,
				context -> { }, "Cover", LIST_OF_SHEETS, "correct horse battery staple".toCharArray());
		byte[] head = FileHead.of(out);
		assertArrayEquals(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }, head, "an OLE2 container, not a zip");
	}

	private List<Path> listing() throws IOException {
		try (Stream<Path> files = Files.list(dir)) {
			return files.toList();
		}
	}

	/** The first bytes of a file. */
	private static final class FileHead {
		static byte[] of(Path file) throws IOException {
			try (var in = Files.newInputStream(file)) {
				return in.readNBytes(4);
			}
		}
	}
}
