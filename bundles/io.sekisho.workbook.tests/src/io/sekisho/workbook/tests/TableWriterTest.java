package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.LocalDate;
import java.util.List;

import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.util.PaneInformation;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.sheet.TableWriter;

class TableWriterTest {

	private static final String LONG_JAPANESE = "電子カルテサーバ（本館）"; // 12 full-width chars = 24 columns
	private static XSSFSheet sheet;
	private static XSSFWorkbook reopened;

	@BeforeAll
	static void writeOneTable() throws IOException {
		SXSSFWorkbook workbook = new SXSSFWorkbook(10); // small window: rows are flushed while writing
		ExportContext context = new ExportContext(workbook, WorkbookLanguage.JA);
		TableWriter table = context.createTable("機器台帳", "devices");
		table.line().cell("機器台帳", context.styles().title());
		table.skipLine();
		table.header(List.of("No.", "名称", "日付", "回答", "メモ"));
		String[] hostile = { "=1+1", "+81-3-1234", "-5", "@SUM(A1)", "=cmd|' /C calc'!A0" };
		for (int i = 0; i < 30; i++) {
			table.row().number(i + 1).text(i == 0 ? LONG_JAPANESE : "pc" + i).date(LocalDate.of(2025, 4, 1).plusDays(i))
					.empty(context.styles().input()).text(hostile[i % hostile.length]);
		}
		table.dropDown(3, "はい", "いいえ");
		table.dateValidation(2, LocalDate.of(2025, 4, 1), LocalDate.of(2026, 3, 31));
		table.finish();
		reopened = Workbooks.reopen(Workbooks.bytesOf(workbook));
		sheet = reopened.getSheet("機器台帳");
	}

	@Test
	void headerRowIsFrozenAndFiltered() {
		PaneInformation pane = sheet.getPaneInformation();
		assertNotNull(pane);
		assertEquals(3, pane.getHorizontalSplitPosition(), "rows 1-3 (title, blank, header) stay visible");
		assertTrue(sheet.getCTWorksheet().isSetAutoFilter());
		assertEquals("A3:E33", sheet.getCTWorksheet().getAutoFilter().getRef());
	}

	@Test
	void columnsFitFullWidthTextCountedTwice() {
		assertTrue(sheet.getColumnWidth(1) >= 24 * 256, "width " + sheet.getColumnWidth(1) / 256);
		assertTrue(sheet.getColumnWidth(0) >= 6 * 256);
		assertTrue(sheet.getColumnWidth(1) <= 60 * 256);
	}

	@Test
	void printsA4LandscapeRepeatingTheHeader() {
		PrintSetup print = sheet.getPrintSetup();
		assertEquals(PrintSetup.A4_PAPERSIZE, print.getPaperSize());
		assertTrue(print.getLandscape());
		assertEquals(1, print.getFitWidth());
		assertEquals("3:3", sheet.getRepeatingRows().formatAsString().replace("$", ""));
	}

	@Test
	void datesAreRealDateCells() {
		XSSFCell date = sheet.getRow(3).getCell(2);
		assertEquals(CellType.NUMERIC, date.getCellType());
		assertTrue(DateUtil.isCellDateFormatted(date));
		assertEquals(LocalDate.of(2025, 4, 1), date.getLocalDateTimeCellValue().toLocalDate());
	}

	@Test
	void textsThatLookLikeFormulasStayQuotedText() {
		for (int r = 3; r < 8; r++) {
			XSSFCell cell = sheet.getRow(r).getCell(4);
			assertEquals(CellType.STRING, cell.getCellType(), cell.getReference());
			assertTrue(cell.getCellStyle().getQuotePrefixed(), cell.getReference() + " " + cell.getStringCellValue());
		}
		assertEquals("=1+1", sheet.getRow(3).getCell(4).getStringCellValue());
		assertFalse(sheet.getRow(3).getCell(1).getCellStyle().getQuotePrefixed(), "ordinary text is not quoted");
	}

	@Test
	void answerColumnHasADropDownAndDatesAreValidated() {
		List<? extends DataValidation> validations = sheet.getDataValidations();
		assertEquals(2, validations.size());
		DataValidation list = validations.stream()
				.filter(v -> v.getValidationConstraint().getExplicitListValues() != null).findFirst().orElseThrow();
		assertEquals(List.of("はい", "いいえ"), List.of(list.getValidationConstraint().getExplicitListValues()));
		assertEquals("D4:D33", list.getRegions().getCellRangeAddress(0).formatAsString());
		assertTrue(list.getShowErrorBox());
		assertFalse(sheet.getCTWorksheet().getDataValidations().getDataValidationArray(0).getShowDropDown(),
				"showDropDown=false means the arrow is shown");
	}
}
