package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.core.labels.PasswordVerdict;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverEditions;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.internal.sheets.ChecklistLayout;
import io.sekisho.workbook.internal.sheets.HandoverMetadata;
import io.sekisho.workbook.sheet.PrintLayout;
import io.sekisho.workbook.sheet.RowHeights;

/**
 * The demo's handover workbook as it will be printed: filled charts, whole item texts, no certainty markers, every
 * sheet at 60 % or more, the rich client's words. The exported files stay in target/printed/ for
 * releng/scripts/workbook-check.sh-style rendering by hand.
 */
class PrintedWorkbookTest {

	static Path japanese;
	static Path english;

	@BeforeAll
	static void exportTheDemo() throws IOException {
		FacilityWorkbook demo = DemoFacility.build();
		Edition edition = HandoverEditions.current(demo, EditionRegistry.fromPlatform()).orElseThrow();
		Handover handover = new Handover(demo, edition, LocalDate.of(2025, 6, 3), "ひかりネットワークサービス株式会社");
		Path dir = Files.createDirectories(Path.of("target", "printed"));
		japanese = dir.resolve("demo-ja.xlsx");
		english = dir.resolve("demo-en.xlsx");
		HandoverExport.fromPlatform().export(handover, WorkbookLanguage.JA, japanese, null);
		HandoverExport.fromPlatform().export(handover, WorkbookLanguage.EN, english, null);
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	private static List<String> entries(Path file, String pattern) throws IOException {
		List<String> texts = new ArrayList<>();
		try (ZipFile zip = new ZipFile(file.toFile())) {
			for (ZipEntry e : java.util.Collections.list(zip.entries())) {
				if (e.getName().matches(pattern)) {
					try (InputStream in = zip.getInputStream(e)) {
						texts.add(new String(in.readAllBytes(), StandardCharsets.UTF_8));
					}
				}
			}
		}
		return texts;
	}

	@Test
	void everyChartSeriesAndDataPointHasItsOwnFillAndThePackageHasATheme() throws IOException {
		List<String> charts = entries(japanese, "xl/charts/chart\\d+\\.xml");
		assertEquals(2, charts.size());
		Pattern series = Pattern.compile("<c:ser>(.*?)</c:ser>", Pattern.DOTALL);
		Pattern point = Pattern.compile("<c:dPt>(.*?)</c:dPt>", Pattern.DOTALL);
		for (String chart : charts) {
			Matcher m = series.matcher(chart);
			assertTrue(m.find(), chart);
			do {
				String ser = m.group(1);
				String own = point.matcher(ser).replaceAll("");
				assertTrue(own.matches("(?s).*<c:spPr>\\s*<a:solidFill>.*"), "series without fill: " + ser);
				Matcher p = point.matcher(ser);
				int points = 0;
				while (p.find()) {
					points++;
					assertTrue(p.group(1).contains("<a:solidFill>"), "data point without fill: " + p.group(1));
				}
				// one colour per severity, or per firmware status
				assertTrue(points == io.sekisho.model.facility.Severity.VALUES.size()
						|| points == io.sekisho.model.facility.FirmwareStatus.VALUES.size(), "points: " + points);
			} while (m.find());
		}
		assertEquals(1, entries(japanese, "xl/theme/theme\\d+\\.xml").size(), "the package has a theme part");
	}

	@Test
	void noCertaintyMarkerReachesTheWorkbook() throws IOException {
		for (Path file : List.of(japanese, english)) {
			for (String xml : entries(file, "xl/(sharedStrings|worksheets/sheet\\d+)\\.xml")) {
				assertFalse(xml.matches("(?s).*\\[(likely|open|firm)\\].*"), file + " holds a certainty marker");
			}
		}
	}

	@Test
	void everySheetPrintsAtSixtyPercentOrMoreOnA4OrA3WithTheHeaderRepeated() throws IOException {
		for (Path file : List.of(japanese, english)) {
			try (XSSFWorkbook workbook = open(file)) {
				for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
					XSSFSheet sheet = workbook.getSheetAt(i);
					if (sheet.getSheetName().equals(HandoverMetadata.SHEET)) {
						continue;
					}
					PrintSetup print = sheet.getPrintSetup();
					String name = file.getFileName() + " " + sheet.getSheetName();
					assertFalse(sheet.getFitToPage(), name + " has an explicit scale, not fit to width");
					assertTrue(print.getScale() >= PrintLayout.MIN_SCALE, name + " prints at " + print.getScale() + " %");
					assertTrue(print.getPaperSize() == PrintSetup.A4_PAPERSIZE || print.getPaperSize() == PrintSetup.A3_PAPERSIZE, name);
					assertTrue(print.getLandscape(), name);
					double printed = PrintLayout.visibleWidth(sheet, lastColumn(sheet));
					double paper = PrintLayout.choose(printed).paperSize() == print.getPaperSize() ? 1 : 0;
					assertEquals(1, paper, name + ": " + printed + " characters wide");
					assertTrue(PrintLayout.fits(printed, print.getPaperSize(), print.getScale()), name + " fits its paper: " + printed);
				}
				XSSFSheet devices = sheet(workbook, file == japanese ? "機器台帳" : "Asset register");
				assertNotNull(devices.getRepeatingRows(), "the header row is printed on every page");
			}
		}
	}

	@Test
	void theDeviceRegisterPrintsTheInspectorsColumnsAndKeepsTheRestOnScreen() throws IOException {
		try (XSSFWorkbook workbook = open(japanese)) {
			XSSFSheet devices = sheet(workbook, "機器台帳");
			Row header = devices.getRow(0);
			List<String> printed = new ArrayList<>();
			List<String> onScreen = new ArrayList<>();
			for (int c = 0; c < header.getLastCellNum(); c++) {
				String title = header.getCell(c).getStringCellValue();
				(devices.isColumnHidden(c) ? onScreen : printed).add(title);
			}
			assertTrue(printed.containsAll(List.of("機器名", "種別", "IPアドレス", "保守事業者", "リモート保守", "サポート終了日")), printed.toString());
			assertTrue(onScreen.containsAll(List.of("製造番号", "MACアドレス", "備考")), onScreen.toString());
			assertEquals(23, printed.size() + onScreen.size(), "the full register is still there");
			assertTrue(devices.getPrintSetup().getScale() >= 75, "printed at " + devices.getPrintSetup().getScale());
		}
	}

	@Test
	void longItemTextsWrapInRowsTallEnoughForThem() throws IOException {
		try (XSSFWorkbook workbook = open(japanese)) {
			// the demo answers this year's edition: its combined form
			XSSFSheet checklist = sheet(workbook, "チェックリスト（医療機関・薬局確認用）");
			int width = checklist.getColumnWidth(ChecklistLayout.ITEM) / 256;
			int wrapped = 0;
			for (Row row : checklist) {
				if (row.getCell(ChecklistLayout.KEY) == null || !row.getCell(ChecklistLayout.KEY).getStringCellValue().contains("|")) {
					continue;
				}
				String item = row.getCell(ChecklistLayout.ITEM).getStringCellValue();
				assertTrue(row.getCell(ChecklistLayout.ITEM).getCellStyle().getWrapText());
				int lines = RowHeights.lines(item, width);
				if (lines > 1) {
					wrapped++;
					assertTrue(row.getHeightInPoints() >= lines * RowHeights.LINE_POINTS,
							item + ": " + row.getHeightInPoints() + " pt for " + lines + " lines");
				}
			}
			assertTrue(wrapped > 5, "the demo's checklist has long item texts: " + wrapped);
		}
	}

	@Test
	void verdictsUseTheRichClientsWords() throws IOException {
		try (XSSFWorkbook workbook = open(japanese)) {
			XSSFSheet accounts = sheet(workbook, "アカウント監査");
			List<String> texts = new ArrayList<>();
			accounts.forEach(row -> row.forEach(cell -> texts.add(cell.toString())));
			assertTrue(texts.contains(PasswordVerdict.REJECTED.label(Locale.JAPANESE)), texts.toString());
			assertTrue(texts.contains("不合格"));
			for (String old : List.of("適合", "要対応", "未確認")) {
				assertFalse(texts.contains(old), old);
			}
		}
	}

	@Test
	void theAccountSheetTellsWhatToDoAndNothingThatHelpsGuessing() throws IOException {
		try (XSSFWorkbook workbook = open(japanese)) {
			XSSFSheet accounts = sheet(workbook, "アカウント監査");
			List<String> headers = new ArrayList<>();
			accounts.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
			assertTrue(headers.contains("対応"), headers.toString());
			for (String leak : List.of("文字数", "文字種", "強度（0〜4）", "指摘コード", "判定基準")) {
				assertFalse(headers.contains(leak), leak + " in " + headers);
			}
			List<String> cells = new ArrayList<>();
			accounts.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
			assertTrue(cells.contains("パスワードを変更してください"), cells.toString());
			for (String cell : cells) {
				assertFalse(cell.matches(".*(factory|reused|default|英小文字|lowercase).*"), cell);
			}
		}
	}

	private static XSSFSheet sheet(XSSFWorkbook workbook, String name) {
		XSSFSheet sheet = workbook.getSheet(name);
		assertNotNull(sheet, name);
		return sheet;
	}

	private static int lastColumn(XSSFSheet sheet) {
		int last = 0;
		for (Row row : sheet) {
			last = Math.max(last, row.getLastCellNum() - 1);
		}
		return Math.max(last, 0);
	}
}
