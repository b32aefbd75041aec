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
import java.util.Base64;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.SheetVisibility;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFHyperlink;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.internal.sheets.ChecklistLayout;
import io.sekisho.workbook.internal.sheets.HandoverMetadata;

class HandoverExportTest {

	static final String CHECKLIST = "チェックリスト（医療機関確認用）";
	static final String VENDOR_EHR = "事業者確認用（みらいメディカルシステム株式会社）";

	@TempDir
	static Path dir;
	static Path japanese;
	static Path english;
	static List<String> warnings;

	@BeforeAll
	static void exportBothLanguages() throws IOException {
		Handover handover = new Handover(FixedFacility.hospital(), FixedFacility.r7(), LocalDate.of(2025, 6, 3), "ひかりネットワークサービス株式会社");
		japanese = dir.resolve("handover-ja.xlsx");
		warnings = HandoverExport.fromPlatform().export(handover, WorkbookLanguage.JA, japanese, null);
		english = dir.resolve("handover-en.xlsx");
		HandoverExport.fromPlatform().export(handover, WorkbookLanguage.EN, english, null);
	}

	static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}

	@Test
	void sheetsComeInTheirContributionOrderWithJapaneseNames() throws IOException {
		try (XSSFWorkbook workbook = open(japanese)) {
			List<String> names = new ArrayList<>();
			workbook.forEach(sheet -> names.add(sheet.getSheetName()));
			List<String> ours = names.stream().filter(n -> !n.startsWith("Sample")).toList();
			assertEquals(List.of("表紙", "サマリー", CHECKLIST, VENDOR_EHR, "事業者確認用（ひかりネットワークサービス株式会社）", "機器台帳",
					"外部接続点", "アカウント監査", "連絡体制", "指摘事項・是正計画", HandoverMetadata.SHEET), ours);
			assertEquals(SheetVisibility.HIDDEN, workbook.getSheetVisibility(workbook.getSheetIndex(HandoverMetadata.SHEET)));
			assertTrue(names.contains("Sample"), "the test fragment's contribution is exported too: " + names);
		}
	}

	@Test
	void englishWorkbookHasEnglishNames() throws IOException {
		try (XSSFWorkbook workbook = open(english)) {
			assertEquals("Cover", workbook.getSheetName(0));
			assertNotNull(workbook.getSheet("Checklist (hospital)"));
			assertNotNull(workbook.getSheet("Account audit"));
			assertEquals("1st round", workbook.getSheet("Checklist (hospital)").getRow(4).getCell(ChecklistLayout.ROUND1).getStringCellValue());
		}
	}

	@Test
	void theCoverLinksToEverySheet() throws IOException {
		try (XSSFWorkbook workbook = open(japanese)) {
			XSSFSheet cover = workbook.getSheet("表紙");
			assertEquals("【取扱注意】関係者限り", cover.getRow(0).getCell(0).getStringCellValue());
			int links = 0;
			for (XSSFHyperlink link : cover.getHyperlinkList()) {
				assertEquals(HyperlinkType.DOCUMENT, link.getType());
				String target = link.getAddress().substring(0, link.getAddress().lastIndexOf('!')).replace("'", "");
				assertTrue(workbook.getSheetIndex(target) >= 0, link.getAddress());
				links++;
			}
			assertEquals(workbook.getNumberOfSheets() - 2, links, "every sheet but the cover and the hidden one");
		}
	}

	@Test
	void theSummaryHasNativeCharts() throws IOException {
		try (XSSFWorkbook workbook = open(japanese)) {
			XSSFSheet summary = workbook.getSheet("サマリー");
			assertEquals(2, summary.getDrawingPatriarch().getCharts().size());
			String reference = summary.getDrawingPatriarch().getCharts().get(0).getChartSeries().get(0).getSeries(0)
					.getValuesData().getDataRangeReference();
			assertTrue(reference.contains("サマリー"), "the series reads the summary cells: " + reference);
		}
	}

	@Test
	void theChecklistFollowsTheMhlwLayout() throws IOException {
		try (XSSFWorkbook workbook = open(japanese)) {
			XSSFSheet sheet = workbook.getSheet(CHECKLIST);
			XSSFRow header = sheet.getRow(4);
			List<String> titles = new ArrayList<>();
			header.forEach(c -> titles.add(c.getStringCellValue()));
			assertEquals(List.of("項番", "確認事項", "対象", "1回目", "1回目 確認日", "2回目", "2回目 確認日", "目標日（令和7年度中）", "備考",
					"キー（編集しないでください）"), titles);
			assertTrue(sheet.isColumnHidden(ChecklistLayout.KEY));
			assertEquals(5, sheet.getPaneInformation().getHorizontalSplitPosition());
			assertEquals(5, sheet.getDataValidations().size(), "two answer lists, three date ranges");
			XSSFRow patches = findRow(sheet, "2-⑥|general");
			assertEquals("いいえ", patches.getCell(ChecklistLayout.ROUND1).getStringCellValue());
			XSSFCell date = patches.getCell(ChecklistLayout.ROUND1_DATE);
			assertEquals(CellType.NUMERIC, date.getCellType());
			assertTrue(DateUtil.isCellDateFormatted(date));
			assertEquals(LocalDate.of(2025, 9, 30), patches.getCell(ChecklistLayout.TARGET_DATE).getLocalDateTimeCellValue().toLocalDate());
			assertTrue(patches.getCell(ChecklistLayout.REMARKS).getCellStyle().getQuotePrefixed(), "\"-VPN...\" stays text");
			assertEquals("医療情報システム全般", patches.getCell(ChecklistLayout.DEVICE_COLUMN).getStringCellValue());
		}
	}

	@Test
	void vendorSheetsExistOnlyForVendors() throws IOException {
		try (XSSFWorkbook workbook = open(japanese)) {
			assertEquals(-1, workbook.getSheetIndex("事業者確認用（株式会社まごころ給食）"), "no device, no connection, no remote maintenance");
			assertNotNull(findRow(workbook.getSheet(VENDOR_EHR), "2-③|general"));
		}
	}

	@Test
	void formulaLikeTextsStayText() throws IOException {
		try (XSSFWorkbook workbook = open(japanese)) {
			XSSFCell name = workbook.getSheet("機器台帳").getRow(2).getCell(0);
			assertEquals(CellType.STRING, name.getCellType());
			assertTrue(name.getStringCellValue().startsWith("=HYPERLINK"));
			assertTrue(name.getCellStyle().getQuotePrefixed());
			XSSFCell user = workbook.getSheet("アカウント監査").getRow(3).getCell(2);
			assertEquals("+nurse01", user.getStringCellValue());
			assertTrue(user.getCellStyle().getQuotePrefixed());
		}
	}

	@Test
	void noFingerprintOrSaltAnywhereInTheFile() throws IOException {
		String salt = Base64.getEncoder().encodeToString(FixedFacility.SALT);
		// ZipFile reads the central directory, as Excel does (SXSSF writes data descriptors ZipInputStream dislikes)
		try (ZipFile zip = new ZipFile(japanese.toFile())) {
			for (ZipEntry e : java.util.Collections.list(zip.entries())) {
				String xml = new String(zip.getInputStream(e).readAllBytes(), StandardCharsets.UTF_8);
				assertFalse(xml.contains("SECRETFINGERPRINT"), e.getName());
				assertFalse(xml.contains("argon2id"), e.getName());
				assertFalse(xml.contains(salt), e.getName());
				assertFalse(xml.contains("sekisho-test-salt"), e.getName());
			}
		}
		try (XSSFWorkbook workbook = open(japanese)) {
			XSSFRow first = workbook.getSheet("アカウント監査").getRow(1);
			assertEquals("不合格", first.getCell(9).getStringCellValue());
			assertEquals("パスワードを変更してください", first.getCell(10).getStringCellValue());
		}
	}

	@Test
	void noContributionWasSkippedExceptTheBrokenTestOne() {
		assertEquals(1, warnings.size(), warnings.toString());
		assertTrue(warnings.get(0).contains("badOrder"));
	}

	static XSSFRow findRow(XSSFSheet sheet, String key) {
		for (int r = 0; r <= sheet.getLastRowNum(); r++) {
			XSSFRow row = sheet.getRow(r);
			if (row != null && row.getCell(ChecklistLayout.KEY) != null && key.equals(row.getCell(ChecklistLayout.KEY).getStringCellValue())) {
				return row;
			}
		}
		throw new AssertionError("no row " + key + " in " + sheet.getSheetName());
	}
}
