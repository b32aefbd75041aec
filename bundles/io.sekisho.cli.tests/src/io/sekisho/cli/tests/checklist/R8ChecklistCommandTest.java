package io.sekisho.cli.tests.checklist;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.tests.CliRun;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;

/** sekishoc checklist on the FY2026 edition: editions, carry-over of the demo's R7 answers, status and suggest. */
class R8ChecklistCommandTest {

	@TempDir
	Path dir;

	@Test
	void editionsListsR8WithItsTwoForms() {
		CliRun run = CliRun.of("checklist", "editions");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		List<String> lines = run.out().lines().toList();
		int r8 = -1;
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).startsWith("mhlw-r8  ")) {
				r8 = i;
			}
		}
		assertTrue(r8 >= 0, run.out());
		assertTrue(lines.get(r8 + 1).contains("medicalInstitutionAndPharmacy") && lines.get(r8 + 1).contains("19 "), run.out());
		assertTrue(lines.get(r8 + 2).contains("vendor") && lines.get(r8 + 2).contains("18 "), run.out());
	}

	@Test
	void carryOverOfLastYearsDemoThenStatusAndSuggestOnR8() throws IOException {
		Path demo = dir.resolve("demo-r7.sekisho");
		assertEquals(ExitCode.OK, CliRun.of("demo", "--out", demo.toString(), "--fiscal-year", "2025").exitCode());
		CliRun carried = CliRun.of("checklist", "carry-over", demo.toString(), "--to", "mhlw-r8");
		assertEquals(ExitCode.OK, carried.exitCode(), carried.err());
		assertTrue(carried.out().contains("2-⑪ [" + io.sekisho.checklist.editions.Editions.columnLabel("clientPc") + "]") && carried.out().contains("mhlw-r8"), carried.out());
		FacilityWorkbook workbook = SekishoFiles.loadWorkbook(demo);
		ChecklistAssessment own = Assessments.facilityAssessment(workbook, "mhlw-r8").orElseThrow();
		assertEquals(ChecklistForm.MEDICAL_INSTITUTION_AND_PHARMACY, own.getForm());
		assertEquals(Answer.YES, Assessments.answer(own, "4-①", "").orElseThrow().getRound1(), "the rules item moved to 4-①");
		assertEquals(Answer.NO, Assessments.answer(own, "2-⑭", "networkDevice").orElseThrow().getRound1(), "R7 2-⑬ is R8 2-⑭");
		assertEquals(Answer.NO, Assessments.answer(own, "2-⑪", "clientPc").orElseThrow().getRound1(), "R7 2-2fa is R8 2-⑪ ...");
		assertEquals(Answer.NO, Assessments.answer(own, "2-⑫", "server").orElseThrow().getRound1(), "... and 2-⑫");
		assertTrue(workbook.getChecklistAssessments().stream()
				.anyMatch(a -> "mhlw-r8".equals(a.getEditionId()) && a.getForm() == ChecklistForm.VENDOR), "the vendor's form carried too");

		CliRun status = CliRun.of("checklist", "status", demo.toString());
		assertEquals(ExitCode.OK, status.exitCode(), status.err());
		assertTrue(status.out().contains("FY2026") || status.out().contains("令和8年度"), status.out());
	}

	@Test
	void suggestOnTodaysDemoAnswersR8Items() {
		Path demo = dir.resolve("demo.sekisho");
		assertEquals(ExitCode.OK, CliRun.of("demo", "--out", demo.toString()).exitCode());
		CliRun run = CliRun.of("checklist", "suggest", demo.toString(), "--edition", "mhlw-r8");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		// two-factor at the server OS login: the EHR servers' administrator logs in without a second factor
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith("2-⑫ [" + io.sekisho.checklist.editions.Editions.columnLabel("server") + "]")), run.out());
		assertTrue(run.out().lines().anyMatch(l -> l.startsWith("2-⑦ [" + io.sekisho.checklist.editions.Editions.columnLabel("general") + "]")), run.out());
	}
}
