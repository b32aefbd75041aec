package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.internal.sheet.NetworkMapSheet;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.sheet.RowHeights;

/** The map as checklist evidence and as the workbook sheet ネットワーク構成図. */
class EvidenceAndSheetTest {

	private static Suggestion suggestion(List<Suggestion> all, String itemId, String evaluatorId) {
		return all.stream().filter(s -> s.item().getId().equals(itemId) && s.evaluatorIds().contains(evaluatorId)).findFirst().orElseThrow();
	}

	@Test
	void mapEvidenceAnswersRemoteMaintenanceAndSourceRestrictionNo() {
		FacilityWorkbook wb = DemoFacility.build();
		Edition r7 = EditionRegistry.fromPlatform().find("mhlw-r7").orElseThrow();
		List<Suggestion> suggestions = new Suggestions(EvaluatorRegistry.fromPlatform(), LocalDate.now())
				.propose(wb, Assessments.newFacilityAssessment(wb, r7), r7);
		Suggestion remote = suggestion(suggestions, "2-②", "netmap-remote-maintenance");
		assertEquals(Answer.NO, remote.answer());
		assertTrue(remote.reasons().stream().anyMatch(r -> r.ja().contains("FGT-EHR01") && r.en().contains("FGT-EHR01")), remote.reasons().toString());
		Suggestion source = suggestion(suggestions, "2-⑬", "netmap-source-restriction");
		assertEquals(Answer.NO, source.answer());
		assertTrue(source.reasons().stream().anyMatch(r -> r.ja().contains("電子カルテ リモート保守")), source.reasons().toString());
	}

	/** @return the sheet ネットワーク構成図 exported in {@code language}, cell by cell (tab) and row by row */
	private static String sheetText(FacilityWorkbook wb, WorkbookLanguage language, String sheetName, boolean picture) throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			ExportContext context = new ExportContext(workbook, language);
			context.put(Handover.class, new Handover(wb, null, LocalDate.now(), "test"));
			new NetworkMapSheet().contribute(context);
			assertEquals(sheetName, context.contents().get(0).name());
			workbook.write(bytes);
		}
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			XSSFSheet sheet = read.getSheet(sheetName);
			assertNotNull(sheet);
			if (picture) {
				assertFalse(read.getAllPictures().isEmpty(), "the map picture");
			}
			StringBuilder text = new StringBuilder();
			for (Row row : sheet) {
				for (Cell cell : row) {
					text.append(cell.toString()).append('\t');
				}
				text.append('\n');
			}
			return text.toString();
		}
	}

	@Test
	void sheetHasPictureConnectionsAndResultsInJapanese() throws Exception {
		FacilityWorkbook wb = DemoFacility.build();
		String all = sheetText(wb, WorkbookLanguage.JA, "ネットワーク構成図", true);
		assertTrue(all.contains("外部接続点") && all.contains("給食委託先 常時接続 VPN"), all);
		assertTrue(all.contains("要対応") && all.contains("VPN-MEAL01"), all);
		// the EHR vendor's maintenance VPN without source restriction: its gateway and its connection are named
		io.sekisho.model.facility.ExternalConnection ehr = wb.getExternalConnections().stream()
				.filter(c -> c.getGateway() != null && "FGT-EHR01".equals(c.getGateway().getName())).findFirst().orElseThrow();
		assertTrue(all.contains("FGT-EHR01") && all.contains(ehr.getName()), all);
		assertFalse(all.contains("NM-PATH") || all.contains("CSET-"), "no rule ids on a Japanese sheet");
	}

	@Test
	void resultRowsPrintWhole() throws Exception {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (SXSSFWorkbook workbook = new SXSSFWorkbook()) {
			ExportContext context = new ExportContext(workbook, WorkbookLanguage.JA);
			context.put(Handover.class, new Handover(DemoFacility.build(), null, LocalDate.now(), "test"));
			new NetworkMapSheet().contribute(context);
			workbook.write(bytes);
		}
		try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
			XSSFSheet sheet = read.getSheet("ネットワーク構成図");
			int header = -1;
			for (Row row : sheet) {
				if (row.getCell(0) != null && "重要度".equals(row.getCell(0).toString())) {
					header = row.getRowNum();
				}
			}
			assertTrue(header > 0, "the results table");
			assertEquals("内容", sheet.getRow(header).getCell(4).toString(), "the message has the wide column E");
			int rows = 0;
			int tall = 0;
			for (int r = header + 1; r <= sheet.getLastRowNum(); r++) {
				Row row = sheet.getRow(r);
				String message = row.getCell(4).toString();
				assertFalse(message.isEmpty(), "row " + r);
				int at = r;
				assertTrue(sheet.getMergedRegions().stream().anyMatch(m -> m.getFirstRow() == at && m.getFirstColumn() == 2
						&& m.getLastColumn() == 3), "elements span C:D in row " + r);
				int lines = Math.max(RowHeights.lines(message, 90), RowHeights.lines(row.getCell(2).toString(), 16 + 36));
				if (lines > 1) {
					assertTrue(row.getHeightInPoints() >= RowHeights.points(lines) - 0.5f, "row " + r + " tall enough for " + lines + " lines");
				}
				rows++;
				tall += lines > 1 ? 1 : 0;
			}
			assertTrue(rows > 10 && tall > 0, rows + " result rows, " + tall + " of them on more than one line");
		}
	}

	@Test
	void rulesSpeakTheWorkbooksLanguageNotTheProgramsOne() throws Exception {
		Locale program = Locale.getDefault();
		try {
			// an English program writing a Japanese workbook: rule names, messages and availability labels in Japanese
			Locale.setDefault(Locale.ENGLISH);
			String ja = sheetText(DemoFacility.build(), WorkbookLanguage.JA, "ネットワーク構成図", false);
			assertTrue(ja.contains("インターネットから到達できる VPN 接続口"), ja); // NM-VPN's name
			assertTrue(ja.contains("FGT-EHR01 は VPN・リモート保守の接続口で、インターネットから到達できます。接続元を制限してください（接続元制限: "), ja);
			assertTrue(ja.contains("外部から電子カルテ・医療機器ゾーンへの経路") && ja.contains("ファイアウォールを通らない経路があります"), ja); // NM-PATH
			for (String english : List.of("reachable from the internet", "VPN endpoint", "passes no firewall", "source restriction", "Error")) {
				assertFalse(ja.contains(english), english + " on the Japanese sheet:\n" + ja);
			}
			// and a Japanese program writing an English workbook
			Locale.setDefault(Locale.JAPANESE);
			String en = sheetText(DemoFacility.build(), WorkbookLanguage.EN, "Network map", false);
			assertTrue(en.contains("VPN endpoint reachable from the internet"), en);
			assertTrue(en.contains("FGT-EHR01 is a VPN or remote-maintenance endpoint and reachable from the internet; restrict the source addresses"), en);
			assertTrue(en.contains("Path from outside into the EHR or medical device zone") && en.contains("that passes no firewall"), en);
			for (String japanese : List.of("接続口", "到達できます", "ファイアウォールを通らない", "外部接続点", "要対応", "接続元制限")) {
				assertFalse(en.contains(japanese), japanese + " on the English sheet:\n" + en);
			}
		} finally {
			Locale.setDefault(program);
		}
	}
}
