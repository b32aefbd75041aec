package io.sekisho.cli.tests.workbook;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.Consumer;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.tests.CliRun;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;

/** sekishoc workbook export and import-answers on the demo facility, run in-process. */
class WorkbookCommandsTest {

	private static final String KEY = "2-①|general";
	private static final int KEY_COLUMN = 9;
	private static final String PASSWORD = "Vq7#mZ-pLw!Rtx-Hy";

	@TempDir
	Path dir;
	Path demo;

	@BeforeEach
	void demoFacility() {
		demo = dir.resolve("demo.sekisho");
		// the demo as it stood in FY2025 (R7): these tests fill and import its R7 checklist sheets
		CliRun run = CliRun.of("demo", "--out", demo.toString(), "--fiscal-year", "2025");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
	}

	@Test
	void exportWritesTheJapaneseWorkbookByDefaultAndEnglishOnRequest() throws IOException {
		Path ja = dir.resolve("ja.xlsx");
		CliRun run = CliRun.of("workbook", "export", demo.toString(), "--out", ja.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains(ja.toString()), run.out());
		try (XSSFWorkbook workbook = open(ja)) {
			assertEquals("表紙", workbook.getSheetName(0));
			assertTrue(workbook.getSheetIndex("チェックリスト（医療機関確認用）") > 0);
			assertTrue(workbook.getSheet("機器台帳").getLastRowNum() >= 150, "every demo device");
		}
		Path en = dir.resolve("en.xlsx");
		assertEquals(ExitCode.OK, CliRun.of("workbook", "export", demo.toString(), "--out", en.toString(), "--lang", "en").exitCode());
		try (XSSFWorkbook workbook = open(en)) {
			assertEquals("Cover", workbook.getSheetName(0));
		}
	}

	@Test
	void encryptedExportTakesThePasswordFromStdinAndImportAsksForIt() throws IOException {
		Path out = dir.resolve("secret.xlsx");
		CliRun run = CliRun.withInput(PASSWORD + "\n", "workbook", "export", demo.toString(), "--out", out.toString(), "--encrypt");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		byte[] head = new byte[4];
		try (InputStream in = Files.newInputStream(out)) {
			assertEquals(4, in.read(head));
		}
		assertArrayEquals(new byte[] { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0 }, head, "an encrypted OLE2 container");
		assertFalse(run.out().contains(PASSWORD) || run.err().contains(PASSWORD));

		CliRun back = CliRun.withInput(PASSWORD + "\n", "workbook", "import-answers", demo.toString(), out.toString());
		assertEquals(ExitCode.OK, back.exitCode(), back.err());
		CliRun wrong = CliRun.withInput("not-the-password\n", "workbook", "import-answers", demo.toString(), out.toString());
		assertEquals(ExitCode.PROBLEMS, wrong.exitCode());
		assertTrue(wrong.err().contains(out.toString()), wrong.err());
	}

	@Test
	void aPasswordIsNeverTakenFromTheArgumentsAndAnEmptyOneIsRefused() {
		Path out = dir.resolve("x.xlsx");
		CliRun argument = CliRun.of("workbook", "export", demo.toString(), "--out", out.toString(), "--password", PASSWORD);
		assertEquals(ExitCode.USAGE, argument.exitCode());
		CliRun empty = CliRun.withInput("\n", "workbook", "export", demo.toString(), "--out", out.toString(), "--encrypt");
		assertEquals(ExitCode.PROBLEMS, empty.exitCode());
		CliRun shortOne = CliRun.withInput("abc\n", "workbook", "export", demo.toString(), "--out", out.toString(), "--encrypt");
		assertEquals(ExitCode.PROBLEMS, shortOne.exitCode());
		assertFalse(Files.exists(out));
	}

	@Test
	void importAnswersPrintsChangesSavesAtomicallyAndKeepsABackup() throws IOException {
		Path out = dir.resolve("handover.xlsx");
		assertEquals(ExitCode.OK, CliRun.of("workbook", "export", demo.toString(), "--out", out.toString()).exitCode());
		Path filled = fill(out, row -> { // the demo answered はい on 2025-06-02
			fresh(row, 3).setCellValue("いいえ");
			fresh(row, 4).setCellValue(LocalDate.of(2025, 7, 1));
			fresh(row, 7).setCellValue(LocalDate.of(2025, 12, 15));
		});
		byte[] before = Files.readAllBytes(demo);
		CliRun dry = CliRun.of("workbook", "import-answers", demo.toString(), filled.toString(), "--dry-run");
		assertEquals(ExitCode.OK, dry.exitCode(), dry.err());
		assertTrue(dry.out().contains("チェックリスト（医療機関確認用）!D"), dry.out());
		assertArrayEquals(before, Files.readAllBytes(demo), "a dry run saves nothing");

		CliRun run = CliRun.of("workbook", "import-answers", demo.toString(), filled.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertTrue(Files.exists(dir.resolve("demo.sekisho.bak")));
		FacilityWorkbook saved = SekishoFiles.loadWorkbook(demo);
		var answer = saved.getChecklistAssessments().stream().filter(a -> a.getRespondent() == null)
				.map(a -> Assessments.answer(a, "2-①", "general")).flatMap(java.util.Optional::stream).findFirst().orElseThrow();
		assertEquals(Answer.NO, answer.getRound1());
		assertEquals(LocalDate.of(2025, 7, 1), answer.getRound1Date());
		assertEquals(LocalDate.of(2025, 12, 15), answer.getTargetDate());
	}

	@Test
	void aWeakWorkbookPasswordIsRefusedBySekishosOwnCheck() {
		Path out = dir.resolve("weak.xlsx");
		// long enough for the old 8-character rule, yet a leaked password with a year
		CliRun run = CliRun.withInput("Password2025\n", "workbook", "export", demo.toString(), "--out", out.toString(), "--encrypt");
		assertEquals(ExitCode.PROBLEMS, run.exitCode(), run.out() + run.err());
		assertFalse(Files.exists(out));
		assertFalse(run.err().contains("Password2025"), "the password is never echoed");
	}

	@Test
	void aValueChangedOnBothSidesWaitsForTheirsOrOurs() throws IOException {
		Path out = dir.resolve("handover.xlsx");
		assertEquals(ExitCode.OK, CliRun.of("workbook", "export", demo.toString(), "--out", out.toString()).exitCode());
		Path filled = fill(out, row -> fresh(row, 3).setCellValue("いいえ")); // the demo answered はい at export
		FacilityWorkbook changed = SekishoFiles.loadWorkbook(demo); // meanwhile in Sekisho: 該当なし
		hospitalAnswer(changed).setRound1(Answer.NOT_APPLICABLE);
		SekishoFiles.save(changed, demo);
		byte[] before = Files.readAllBytes(demo);

		CliRun open = CliRun.of("workbook", "import-answers", demo.toString(), filled.toString());
		assertEquals(ExitCode.PROBLEMS, open.exitCode(), open.out() + open.err());
		assertTrue(open.out().contains("チェックリスト（医療機関確認用）!D"), open.out());
		assertTrue(open.err().contains("--theirs") && open.err().contains("--ours"), open.err());
		assertArrayEquals(before, Files.readAllBytes(demo), "nothing saved while a conflict is open");
		assertEquals(ExitCode.USAGE, CliRun.of("workbook", "import-answers", demo.toString(), filled.toString(), "--theirs", "--ours").exitCode());

		assertEquals(ExitCode.OK, CliRun.of("workbook", "import-answers", demo.toString(), filled.toString(), "--ours").exitCode());
		assertEquals(Answer.NOT_APPLICABLE, hospitalAnswer(SekishoFiles.loadWorkbook(demo)).getRound1());
		CliRun theirs = CliRun.of("workbook", "import-answers", demo.toString(), filled.toString(), "--theirs");
		assertEquals(ExitCode.OK, theirs.exitCode(), theirs.err());
		assertEquals(Answer.NO, hospitalAnswer(SekishoFiles.loadWorkbook(demo)).getRound1());
	}

	@Test
	void theStaleExportChangesNothingAndSaysWhy() throws IOException {
		Path out = dir.resolve("handover.xlsx");
		assertEquals(ExitCode.OK, CliRun.of("workbook", "export", demo.toString(), "--out", out.toString()).exitCode());
		FacilityWorkbook changed = SekishoFiles.loadWorkbook(demo);
		hospitalAnswer(changed).setRound2(Answer.YES);
		SekishoFiles.save(changed, demo);
		byte[] before = Files.readAllBytes(demo);
		CliRun run = CliRun.of("workbook", "import-answers", demo.toString(), out.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("チェックリスト（医療機関確認用）!F"), "names the kept cell: " + run.out());
		assertArrayEquals(before, Files.readAllBytes(demo), "a stale workbook erases nothing");
	}

	private static io.sekisho.model.facility.ChecklistAnswer hospitalAnswer(FacilityWorkbook facility) {
		return facility.getChecklistAssessments().stream().filter(a -> a.getRespondent() == null)
				.map(a -> Assessments.answer(a, "2-①", "general")).flatMap(java.util.Optional::stream).findFirst().orElseThrow();
	}

	@Test
	void anInvalidCellRejectsTheWholeImportAndNamesTheCell() throws IOException {
		Path out = dir.resolve("handover.xlsx");
		assertEquals(ExitCode.OK, CliRun.of("workbook", "export", demo.toString(), "--out", out.toString()).exitCode());
		Path filled = fill(out, row -> fresh(row, 3).setCellValue("maybe"));
		byte[] before = Files.readAllBytes(demo);
		CliRun run = CliRun.of("workbook", "import-answers", demo.toString(), filled.toString());
		assertEquals(ExitCode.PROBLEMS, run.exitCode(), run.out() + run.err());
		assertTrue(run.err().contains("チェックリスト（医療機関確認用）!D") && run.err().contains("maybe"), run.err());
		assertArrayEquals(before, Files.readAllBytes(demo));
	}

	@Test
	void notAWorkbookIsAClearErrorAndTheModelIsUntouched() throws IOException {
		Path text = Files.writeString(dir.resolve("answers.xlsx"), "1-1,はい\n");
		byte[] before = Files.readAllBytes(demo);
		CliRun run = CliRun.of("workbook", "import-answers", demo.toString(), text.toString());
		assertEquals(ExitCode.PROBLEMS, run.exitCode());
		assertTrue(run.err().contains(text.toString()), run.err());
		assertArrayEquals(before, Files.readAllBytes(demo));
	}

	@Test
	void aWorkbookOfAnotherFacilityIsRefused() throws IOException {
		Path out = dir.resolve("handover.xlsx");
		assertEquals(ExitCode.OK, CliRun.of("workbook", "export", demo.toString(), "--out", out.toString()).exitCode());
		FacilityWorkbook other = SekishoFiles.loadWorkbook(demo);
		other.setId("00000000-0000-4000-8000-000000000001");
		Path otherFile = dir.resolve("other.sekisho");
		SekishoFiles.save(other, otherFile);
		CliRun run = CliRun.of("workbook", "import-answers", otherFile.toString(), out.toString());
		assertEquals(ExitCode.PROBLEMS, run.exitCode());
		assertTrue(run.err().contains(out.toString()), run.err());
	}

	@Test
	void badUsageExitsTwo() {
		assertEquals(ExitCode.USAGE, CliRun.of("workbook").exitCode());
		assertEquals(ExitCode.USAGE, CliRun.of("workbook", "frobnicate").exitCode());
		assertEquals(ExitCode.USAGE, CliRun.of("workbook", "export", demo.toString()).exitCode());
		assertEquals(ExitCode.USAGE, CliRun.of("workbook", "export", demo.toString(), "--out", "x.xlsx", "--lang", "fr").exitCode());
		assertEquals(ExitCode.USAGE, CliRun.of("workbook", "import-answers", demo.toString()).exitCode());
	}

	/** Edits the row of item 2-① on the hospital checklist, as a facility would, and saves it as another file. */
	private Path fill(Path exported, Consumer<Row> edit) throws IOException {
		Path filled = dir.resolve("filled.xlsx");
		try (XSSFWorkbook workbook = open(exported); OutputStream out = Files.newOutputStream(filled)) {
			Sheet sheet = workbook.getSheet("チェックリスト（医療機関確認用）");
			for (Row row : sheet) {
				if (row.getCell(KEY_COLUMN) != null && KEY.equals(row.getCell(KEY_COLUMN).getStringCellValue())) {
					edit.accept(row);
				}
			}
			workbook.write(out);
		}
		return filled;
	}

	/**
	 * A new cell in place of an old one, keeping its style. POI's setCellValue on an existing inline-string cell
	 * (SXSSF writes those) leaves the old inline text in place, unlike Excel or LibreOffice, so the tests replace
	 * the cell as those programs do.
	 */
	private static Cell fresh(Row row, int column) {
		Cell old = row.getCell(column);
		CellStyle style = old == null ? null : old.getCellStyle();
		Cell cell = row.createCell(column);
		if (style != null) {
			cell.setCellStyle(style);
		}
		return cell;
	}

	private static XSSFWorkbook open(Path file) throws IOException {
		try (InputStream in = Files.newInputStream(file)) {
			return new XSSFWorkbook(in);
		}
	}
}
