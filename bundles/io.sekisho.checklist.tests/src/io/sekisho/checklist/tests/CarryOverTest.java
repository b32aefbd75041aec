package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.assessment.CarryOver;
import io.sekisho.checklist.assessment.CarryOver.Leftover;
import io.sekisho.checklist.assessment.CarryOver.LeftoverKind;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;

/** Starting the FY2025 assessment from the FY2024 one. */
class CarryOverTest {

	private final EditionRegistry editions = EditionRegistry.fromPlatform();
	private final Edition r6 = editions.find("mhlw-r6").orElseThrow();
	private final Edition r7 = editions.find("mhlw-r7").orElseThrow();

	@Test
	void answersMoveWhereTheItemMapsAndTheRestIsListed() {
		Fixtures f = new Fixtures();
		ChecklistAssessment old = Assessments.addFacilityAssessment(f.workbook, r6);
		answer(old, "1-(1)", "", Answer.YES, null, null).setRemarks("情報システム課長");
		ChecklistAnswer logs = answer(old, "2-(6)", "server", Answer.NO, null, LocalDate.of(2025, 9, 30));
		logs.setRound2(Answer.YES); // fixed in round 2: what counts is はい
		logs.setRound2Date(LocalDate.of(2025, 2, 1));
		answer(old, "2-(4)", "server", Answer.NO, null, LocalDate.of(2025, 3, 1)); // target date in FY2024
		for (String column : List.of("networkDevice", "server", "clientPc")) {
			answer(old, "2-(7)", column, Answer.YES, null, null); // three columns merge into R7 ⑥ 全般
		}
		answer(old, "2-(9)", "server", Answer.YES, null, null);
		answer(old, "2-(9)", "networkDevice", Answer.YES, null, null); // a column the R7 item does not have

		CarryOver.Result result = CarryOver.start(f.workbook, old, r6, r7);
		ChecklistAssessment fresh = result.assessment();
		assertEquals("mhlw-r7", fresh.getEditionId());
		assertEquals(2025, fresh.getFiscalYear());
		assertEquals(ChecklistForm.MEDICAL_INSTITUTION, fresh.getForm());
		assertTrue(f.workbook.getChecklistAssessments().contains(fresh));

		ChecklistAnswer officer = Assessments.answer(fresh, "1-①", "").orElseThrow();
		assertEquals(Answer.YES, officer.getRound1());
		assertEquals("情報システム課長", officer.getRemarks());
		ChecklistAnswer movedLogs = Assessments.answer(fresh, "2-⑩", "server").orElseThrow();
		assertEquals(Answer.YES, movedLogs.getRound1());
		assertEquals(LocalDate.of(2025, 2, 1), movedLogs.getRound1Date());
		assertEquals(Answer.UNANSWERED, movedLogs.getRound2());
		assertEquals(LocalDate.of(2025, 9, 30), movedLogs.getTargetDate());
		ChecklistAnswer rights = Assessments.answer(fresh, "2-④", "server").orElseThrow();
		assertEquals(Answer.NO, rights.getRound1());
		assertNull(rights.getTargetDate());
		assertEquals(Answer.YES, Assessments.answer(fresh, "2-⑥", "general").orElseThrow().getRound1());
		assertEquals(Answer.YES, Assessments.answer(fresh, "2-⑫", "server").orElseThrow().getRound1());
		assertEquals(5, result.moved());

		List<Leftover> leftovers = result.leftovers();
		assertTrue(leftovers.contains(new Leftover(LeftoverKind.TARGET_DATE_DROPPED, "2-④", "server")), leftovers.toString());
		assertTrue(leftovers.contains(new Leftover(LeftoverKind.COLUMN_MISSING, "2-(9)", "networkDevice")), leftovers.toString());
		for (String fresh7 : List.of("2-⑦", "2-⑧", "2-⑨", "2-2fa", "1-rules", "0")) {
			assertTrue(leftovers.contains(new Leftover(LeftoverKind.NEW_ITEM, fresh7, null)), fresh7 + " " + leftovers);
		}
		assertTrue(leftovers.stream().allMatch(l -> !l.describe().isBlank()));
		// the old assessment is untouched
		assertEquals(8, old.getAnswers().size());
	}

	@Test
	void mergedColumnsThatDisagreeAreListedNotGuessed() {
		Fixtures f = new Fixtures();
		ChecklistAssessment old = Assessments.addFacilityAssessment(f.workbook, r6);
		answer(old, "2-(7)", "networkDevice", Answer.NO, null, null);
		answer(old, "2-(7)", "server", Answer.YES, null, null);
		CarryOver.Result result = CarryOver.start(f.workbook, old, r6, r7);
		assertTrue(Assessments.answer(result.assessment(), "2-⑥", "general").isEmpty());
		assertTrue(result.leftovers().contains(new Leftover(LeftoverKind.COLUMNS_DISAGREE, "2-⑥", "general")), result.leftovers().toString());
	}

	@Test
	void vendorAssessmentsCarryOverPerVendorAndOnlyToTheNextEdition() {
		Fixtures f = new Fixtures();
		ChecklistAssessment vendor = Assessments.addVendorAssessment(f.workbook, r6, f.ehrVendor);
		answer(vendor, "2-(3)", "general", Answer.YES, null, null);
		ChecklistAssessment carried = CarryOver.start(f.workbook, vendor, r6, r7).assessment();
		assertEquals(ChecklistForm.VENDOR, carried.getForm());
		assertEquals(f.ehrVendor, carried.getRespondent());
		assertEquals(Answer.YES, Assessments.answer(carried, "2-③", "general").orElseThrow().getRound1());
		assertThrows(IllegalStateException.class, () -> CarryOver.start(f.workbook, vendor, r6, r7));
		assertThrows(IllegalArgumentException.class, () -> CarryOver.start(f.workbook, carried, r7, r6));
	}

	private static ChecklistAnswer answer(ChecklistAssessment assessment, String item, String column, Answer value, LocalDate date,
			LocalDate target) {
		ChecklistAnswer answer = Assessments.answerOrCreate(assessment, item, column);
		answer.setRound1(value);
		answer.setRound1Date(date == null ? LocalDate.of(2024, 7, 1) : date);
		answer.setTargetDate(target);
		return answer;
	}
}
