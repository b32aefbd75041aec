package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.answers.AnswerConflict;
import io.sekisho.workbook.answers.AnswerField;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.ImportResult;
import io.sekisho.workbook.internal.sheets.ChecklistLayout;
import io.sekisho.workbook.read.XlsxReader;

/**
 * The three-way answer import with workbooks filled by other programs than ours: export, answers entered in
 * Sekisho after the export, the workbook filled by LibreOffice (headless, through python3-uno) or by openpyxl,
 * import. Nothing given on either side is lost; a value changed on both sides waits for a choice; the unfilled
 * (stale) export changes nothing and says why. Needs soffice, python3-uno and python3-openpyxl, which
 * ./sekisho test installs (releng/scripts/workbook-libreoffice.py, workbook-openpyxl.py).
 */
class ThreeWayImportTest {

	static final Path SCRIPTS = Path.of("..", "..", "releng", "scripts");
	static final String CHECKLIST = "チェックリスト（医療機関確認用）";

	@TempDir
	Path dir;
	Path exported;
	FacilityWorkbook facility;
	final AnswerImport answers = new AnswerImport(EditionRegistry.fromPlatform(), new XlsxReader());

	@BeforeEach
	void exportThenAnswerInSekisho() throws IOException {
		facility = FixedFacility.hospital();
		exported = dir.resolve("handover.xlsx");
		HandoverExport.fromPlatform().export(new Handover(facility, FixedFacility.r7(), LocalDate.of(2025, 6, 3), null),
				WorkbookLanguage.JA, exported, null);
		// after the export, in Sekisho: 2-① answered, 1-① got a second round, the remark of 2-⑥ rewritten
		ChecklistAnswer inventory = Assessments.answerOrCreate(assessment(), "2-①", "general");
		inventory.setRound1(Answer.YES);
		inventory.setRound1Date(LocalDate.of(2025, 6, 20));
		ChecklistAnswer officer = answer("1-①", "");
		officer.setRound2(Answer.NO);
		officer.setRound2Date(LocalDate.of(2025, 6, 21));
		answer("2-⑥", "general").setRemarks("VPN装置は9月に更新");
	}

	private ChecklistAssessment assessment() {
		return Assessments.facilityAssessment(facility, FixedFacility.EDITION).orElseThrow();
	}

	private ChecklistAnswer answer(String item, String column) {
		return Assessments.answer(assessment(), item, column).orElseThrow();
	}

	/** Fills the exported workbook with another program; cells: key, column, text ("" clears). */
	private Path fill(String program, List<String[]> cells) throws Exception {
		Path spec = dir.resolve("cells.tsv");
		Files.writeString(spec, cells.stream().map(c -> CHECKLIST + "\t" + String.join("\t", c)).collect(Collectors.joining("\n")) + "\n",
				StandardCharsets.UTF_8);
		Path filled = dir.resolve("filled-" + program + ".xlsx");
		String script = program.equals("libreoffice") ? "workbook-libreoffice.py" : "workbook-openpyxl.py";
		Process process = new ProcessBuilder("/usr/bin/python3", SCRIPTS.resolve(script).toString(), "fill-cells",
				exported.toString(), filled.toString(), spec.toString()).redirectErrorStream(true)
				.redirectOutput(dir.resolve(program + ".log").toFile()).start();
		assertTrue(process.waitFor(240, TimeUnit.SECONDS), program + " did not finish");
		assertEquals(0, process.exitValue(), program + ": " + Files.readString(dir.resolve(program + ".log")));
		assertTrue(Files.size(filled) > 0);
		return filled;
	}

	@ParameterizedTest
	@ValueSource(strings = { "libreoffice", "openpyxl" })
	void nothingGivenOnEitherSideIsLost(String program) throws Exception {
		Path filled = fill(program, List.of(
				// a new answer the model does not have: applied
				new String[] { "2-⑨|general", Integer.toString(ChecklistLayout.ROUND1), "いいえ" },
				new String[] { "2-⑨|general", Integer.toString(ChecklistLayout.ROUND1_DATE), "2025/7/1" },
				new String[] { "2-⑨|general", Integer.toString(ChecklistLayout.TARGET_DATE), "2025/12/15" },
				// the facility answers 2-① differently from what Sekisho got since the export: a conflict
				new String[] { "2-①|general", Integer.toString(ChecklistLayout.ROUND1), "いいえ" },
				new String[] { "2-①|general", Integer.toString(ChecklistLayout.ROUND1_DATE), "2025/7/2" },
				// the facility clears the target date that was filled at export: applied as a deletion
				new String[] { "2-⑥|general", Integer.toString(ChecklistLayout.TARGET_DATE), "" }));
		ImportResult result = answers.read(filled, facility, FixedFacility.r7(), () -> null);
		assertTrue(result.acceptable(), result.problems().toString());

		Set<String> changed = result.changes().stream().map(c -> c.itemId() + " " + c.field()).collect(Collectors.toSet());
		assertEquals(Set.of("2-⑨ ROUND1", "2-⑨ ROUND1_DATE", "2-⑨ TARGET_DATE", "2-⑥ TARGET_DATE"), changed, result.changes().toString());
		assertEquals(2, result.conflicts().size(), result.conflicts().toString());
		AnswerConflict conflict = result.conflicts().stream().filter(c -> c.field() == AnswerField.ROUND1).findFirst().orElseThrow();
		assertEquals(Answer.NO, conflict.theirs());
		assertEquals(Answer.YES, conflict.ours());
		assertNull(conflict.atExport());
		Set<String> kept = result.kept().stream().map(k -> k.itemLabel() + " " + k.field()).collect(Collectors.toSet());
		assertTrue(kept.containsAll(Set.of("1-① ROUND2", "1-① ROUND2_DATE", "2-⑥ REMARKS")), kept.toString());

		AnswerImport.apply(result, facility);
		assertEquals(Answer.NO, answer("2-⑨", "general").getRound1(), "the facility's new answer");
		assertEquals(LocalDate.of(2025, 12, 15), answer("2-⑨", "general").getTargetDate());
		assertNull(answer("2-⑥", "general").getTargetDate(), "the facility cleared it");
		assertEquals(Answer.NO, answer("2-⑥", "general").getRound1(), "round 1 of 2-⑥ untouched");
		assertEquals("VPN装置は9月に更新", answer("2-⑥", "general").getRemarks(), "Sekisho's newer remark kept");
		assertEquals(Answer.NO, answer("1-①", "").getRound2(), "Sekisho's answer since the export kept");
		assertEquals(Answer.YES, answer("2-①", "general").getRound1(), "a conflict is not applied until chosen");

		ImportResult again = answers.read(filled, facility, FixedFacility.r7(), () -> null);
		assertEquals(0, again.changes().size(), "applied: " + again.changes());
		AnswerImport.apply(again.resolve(c -> AnswerConflict.Side.THEIRS), facility);
		assertEquals(Answer.NO, answer("2-①", "general").getRound1(), "the facility's side chosen");
		assertEquals(LocalDate.of(2025, 7, 2), answer("2-①", "general").getRound1Date());
	}

	@Test
	void theStaleExportChangesNothingAndSaysWhy() throws Exception {
		ImportResult result = answers.read(exported, facility, FixedFacility.r7(), () -> null);
		assertTrue(result.acceptable(), result.problems().toString());
		assertEquals(List.of(), result.changes());
		assertEquals(List.of(), result.conflicts());
		Set<String> kept = result.kept().stream().map(k -> k.itemLabel() + " " + k.field()).collect(Collectors.toSet());
		assertEquals(Set.of("2-① ROUND1", "2-① ROUND1_DATE", "1-① ROUND2", "1-① ROUND2_DATE", "2-⑥ REMARKS"), kept);
		AnswerImport.apply(result, facility);
		assertEquals(Answer.YES, answer("2-①", "general").getRound1());
		assertEquals(Answer.NO, answer("1-①", "").getRound2());
	}

	@Test
	void choosingOursKeepsTheModel() throws Exception {
		Path filled = fill("openpyxl", List.<String[]> of(new String[] { "1-①|", Integer.toString(ChecklistLayout.ROUND2), "はい" }));
		ImportResult result = answers.read(filled, facility, FixedFacility.r7(), () -> null);
		assertEquals(1, result.conflicts().size(), result.conflicts().toString());
		ImportResult ours = result.resolve(c -> AnswerConflict.Side.OURS);
		assertEquals(List.of(), ours.conflicts());
		AnswerImport.apply(ours, facility);
		assertEquals(Answer.NO, answer("1-①", "").getRound2());
	}
}
