package io.sekisho.cli.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.tests.CliRun;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;

/** sekishoc checklist editions | status | suggest, on the demo facility. */
class ChecklistCommandTest {

	@TempDir
	Path dir;
	Path demo;

	@BeforeEach
	void writeDemo() {
		demo = dir.resolve("demo.sekisho");
		// the demo as it stood in FY2025 (R7 only): the tests below are about that edition; R8Test covers this year's
		CliRun run = CliRun.of("demo", "--out", demo.toString(), "--fiscal-year", "2025");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
	}

	@Test
	void editionsListsFormsWithItemCounts() {
		CliRun run = CliRun.of("checklist", "editions");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		List<String> lines = run.out().lines().toList();
		assertTrue(lines.get(0).startsWith("mhlw-r6  "), run.out());
		assertTrue(lines.get(1).contains("medicalInstitution") && lines.get(1).contains("14 ") && lines.get(1).contains("19 "), run.out());
		assertTrue(lines.stream().anyMatch(l -> l.startsWith("mhlw-r7  ") && l.contains("2025-05-16")), run.out());
		assertEquals("", run.err());
	}

	@Test
	void suggestProposesNoForTheFirmwareItemAndForReuseWithReasons() {
		CliRun run = CliRun.of("checklist", "suggest", demo.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		String firmware = block(run.out(), "2-⑥ [" + io.sekisho.checklist.editions.Editions.columnLabel("general") + "]: ");
		assertTrue(firmware.contains(label(Answer.NO)), firmware);
		// the first reason is the FortiGate with its known exploited CVE, before lesser findings
		String first = firmware.lines().skip(1).findFirst().orElse("");
		assertTrue(first.contains("FortiGate 60E") && first.contains("FortiOS 6.0.4") && first.contains("CVE-2018-13379"), firmware);
		String reuse = block(run.out(), "2-⑧ [" + io.sekisho.checklist.editions.Editions.columnLabel("general") + "]: ");
		assertTrue(reuse.contains(label(Answer.NO)), reuse);
		assertTrue(reuse.contains("Administrator@"), reuse);
	}

	@Test
	void applyWritesOnlyEmptyAnswersAndSavesAtomically() throws IOException {
		FacilityWorkbook before = SekishoFiles.loadWorkbook(demo);
		ChecklistAssessment own = Assessments.facilityAssessment(before, "mhlw-r7").orElseThrow();
		int answersBefore = own.getAnswers().size();

		CliRun run = CliRun.of("checklist", "suggest", demo.toString(), "--edition", "mhlw-r7", "--apply");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertTrue(Files.exists(demo.resolveSibling("demo.sekisho.bak")) || Files.list(dir).count() >= 1);

		FacilityWorkbook after = SekishoFiles.loadWorkbook(demo);
		ChecklistAssessment applied = Assessments.facilityAssessment(after, "mhlw-r7").orElseThrow();
		assertTrue(applied.getAnswers().size() > answersBefore, run.out());
		ChecklistAnswer firmware = Assessments.answer(applied, "2-⑥", "general").orElseThrow();
		assertEquals(Answer.NO, firmware.getRound1());
		assertEquals("FortiGate の更新を電子カルテベンダーと調整中", firmware.getRemarks(), "answers already given stay untouched");
		ChecklistAnswer reuse = Assessments.answer(applied, "2-⑧", "general").orElseThrow();
		assertEquals(Answer.NO, reuse.getRound1());
		assertTrue(reuse.getRemarks().startsWith("[Sekisho] "), reuse.getRemarks());

		// a second run writes nothing and leaves the file as it is
		String saved = Files.readString(demo, StandardCharsets.UTF_8);
		CliRun again = CliRun.of("checklist", "suggest", demo.toString(), "--edition", "mhlw-r7", "--apply");
		assertEquals(ExitCode.OK, again.exitCode(), again.err());
		assertEquals(saved, Files.readString(demo, StandardCharsets.UTF_8));
	}

	@Test
	void statusShowsProgressPerFormAndSection() {
		CliRun run = CliRun.of("checklist", "status", demo.toString());
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		List<String> totals = run.out().lines().filter(l -> l.matches(".*\\s\\d+/\\d+\\s+\\d+\\s+\\d+$")).toList();
		assertFalse(totals.isEmpty(), run.out());
		// the hospital form of the FY2025 demo: 9 of 22 answers given (2-⑦ is one 全般 answer now), four いいえ, each
		// with its target date
		assertTrue(run.out().lines().anyMatch(l -> l.matches(".*\\s9/22\\s+4\\s+0$")), run.out());
		// the EHR vendor's form is empty: 0 of 21
		assertTrue(run.out().lines().anyMatch(l -> l.matches(".*\\s0/21\\s+0\\s+0$")), run.out());
	}

	@Test
	void carryOverStartsTheNewEditionFromThePreviousOne() throws IOException {
		FacilityWorkbook workbook = SekishoFiles.loadWorkbook(demo);
		workbook.getChecklistAssessments().clear();
		io.sekisho.checklist.catalog.Edition r6 = io.sekisho.checklist.editions.EditionRegistry.fromPlatform().find("mhlw-r6").orElseThrow();
		ChecklistAssessment old = Assessments.addFacilityAssessment(workbook, r6);
		ChecklistAnswer logs = Assessments.answerOrCreate(old, "2-(6)", "server");
		logs.setRound1(Answer.YES);
		logs.setRound1Date(java.time.LocalDate.of(2024, 7, 1));
		SekishoFiles.save(workbook, demo);

		CliRun run = CliRun.of("checklist", "carry-over", demo.toString(), "--to", "mhlw-r7");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertTrue(run.out().contains("2-⑦"), "new items are listed: " + run.out());
		ChecklistAssessment carried = Assessments.facilityAssessment(SekishoFiles.loadWorkbook(demo), "mhlw-r7").orElseThrow();
		assertEquals(Answer.YES, Assessments.answer(carried, "2-⑩", "server").orElseThrow().getRound1());

		String saved = Files.readString(demo, StandardCharsets.UTF_8);
		CliRun again = CliRun.of("checklist", "carry-over", demo.toString(), "--to", "mhlw-r7");
		assertEquals(ExitCode.OK, again.exitCode(), again.err());
		assertEquals(saved, Files.readString(demo, StandardCharsets.UTF_8), "a started assessment is left as it is");
		assertEquals(ExitCode.USAGE, CliRun.of("checklist", "carry-over", demo.toString(), "--to", "mhlw-r6").exitCode());
	}

	@Test
	void usageAndFileErrorsNameTheProblem() throws IOException {
		assertEquals(ExitCode.USAGE, CliRun.of("checklist").exitCode());
		CliRun unknown = CliRun.of("checklist", "frobnicate");
		assertEquals(ExitCode.USAGE, unknown.exitCode());
		assertTrue(unknown.err().contains("frobnicate"), unknown.err());
		Path missing = dir.resolve("missing.sekisho");
		CliRun notFound = CliRun.of("checklist", "status", missing.toString());
		assertEquals(ExitCode.PROBLEMS, notFound.exitCode());
		assertTrue(notFound.err().contains(missing.toString()), notFound.err());
		Path corrupt = dir.resolve("corrupt.sekisho");
		Files.writeString(corrupt, Files.readString(demo).substring(0, 2000));
		CliRun broken = CliRun.of("checklist", "suggest", corrupt.toString(), "--apply");
		assertEquals(ExitCode.PROBLEMS, broken.exitCode());
		assertTrue(broken.err().contains("corrupt.sekisho"), broken.err());
		assertEquals(ExitCode.USAGE, CliRun.of("checklist", "suggest", demo.toString(), "--edition", "mhlw-r99").exitCode());
	}

	/** @return the suggestion line starting with {@code prefix} and its reason lines */
	private static String block(String out, String prefix) {
		List<String> lines = out.lines().toList();
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith(prefix)) {
				StringBuilder b = new StringBuilder(lines.get(i));
				for (int j = i + 1; j < lines.size() && lines.get(j).startsWith("    - "); j++) {
					b.append('\n').append(lines.get(j));
				}
				return b.toString();
			}
		}
		throw new AssertionError("no line starting with " + prefix + " in\n" + out);
	}

	private static String label(Answer answer) {
		return io.sekisho.checklist.evaluation.Suggestions.label(answer);
	}
}
