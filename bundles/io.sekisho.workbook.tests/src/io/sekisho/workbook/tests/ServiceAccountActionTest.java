package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;

/** アカウント監査 names the vendor of a documented service account (device catalog) in what to do. */
class ServiceAccountActionTest {

	@Test
	void theDemoXraySystemsServiceAccountNamesItsVendor(@TempDir Path dir) throws Exception {
		Path out = dir.resolve("handover.xlsx");
		HandoverExport.fromPlatform().export(new Handover(DemoFacility.build(), EditionRegistry.fromPlatform().find("mhlw-r8").orElseThrow(),
				LocalDate.of(2026, 7, 1), null), WorkbookLanguage.JA, out, null);
		try (InputStream in = Files.newInputStream(out); XSSFWorkbook workbook = new XSSFWorkbook(in)) {
			Sheet accounts = workbook.getSheet("アカウント監査");
			String insite = null;
			String admin = null;
			for (Row row : accounts) {
				StringBuilder line = new StringBuilder();
				row.forEach(cell -> line.append(cell.toString()).append('|'));
				if (line.indexOf("|insite|") >= 0) {
					insite = line.toString();
				} else if (line.indexOf("|Administrator|") >= 0 && admin == null) {
					admin = line.toString();
				}
			}
			assertTrue(insite != null && insite.contains("GE ヘルスケア") && insite.contains("保守用初期アカウント名"), String.valueOf(insite));
			assertTrue(admin != null && !admin.contains("保守用初期アカウント名"), String.valueOf(admin));
		}
	}
}
