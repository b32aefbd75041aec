package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.junit.jupiter.api.Test;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.evaluation.AnswerWarnings;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;

/** Applying suggestions, the evaluator extension point, and the warnings on recorded answers. */
class SuggestionsTest {

	private final EditionRegistry editions = EditionRegistry.fromPlatform();
	private final Edition r7 = editions.find("mhlw-r7").orElseThrow();
	private final EvaluatorRegistry evaluators = EvaluatorRegistry.fromPlatform();
	private final Suggestions suggestions = new Suggestions(evaluators, Fixtures.TODAY);

	@Test
	void applyWritesOnlyEmptyAnswersAndLeavesGivenOnesUntouched() {
		Fixtures f = new Fixtures();
		ChecklistAssessment assessment = Assessments.addFacilityAssessment(f.workbook, r7);
		ChecklistAnswer given = Assessments.answerOrCreate(assessment, "2-⑥", "general");
		given.setRound1(Answer.YES);
		given.setRound1Date(LocalDate.of(2025, 5, 20));
		given.setRemarks("業者確認済み");
		List<Suggestion> proposed = suggestions.propose(f.workbook, assessment, r7);
		int written = suggestions.apply(assessment, proposed);
		assertEquals(proposed.size() - 1, written);
		assertEquals(Answer.YES, given.getRound1());
		assertEquals("業者確認済み", given.getRemarks());
		ChecklistAnswer reuse = Assessments.answer(assessment, "2-⑧", "general").orElseThrow();
		assertEquals(Answer.NO, reuse.getRound1());
		assertEquals(Fixtures.TODAY, reuse.getRound1Date());
		assertTrue(reuse.getRemarks().startsWith(Suggestions.REMARK_PREFIX) && reuse.getRemarks().contains("admin@FortiGate"), reuse.getRemarks());
		assertNull(reuse.getTargetDate());
		// a second run finds nothing left to write
		assertEquals(0, suggestions.apply(assessment, suggestions.propose(f.workbook, assessment, r7)));
	}

	@Test
	void aRecordedYesTheEvidenceContradictsIsAWarningOnThatAnswer() {
		Fixtures f = new Fixtures();
		ChecklistAssessment assessment = Assessments.addFacilityAssessment(f.workbook, r7);
		ChecklistAnswer yes = Assessments.answerOrCreate(assessment, "2-⑥", "general");
		yes.setRound1(Answer.YES);
		yes.setRound1Date(LocalDate.of(2025, 6, 2));
		ChecklistAnswer agreed = Assessments.answerOrCreate(assessment, "2-①", "general");
		agreed.setRound1(Answer.YES);
		agreed.setRound1Date(LocalDate.of(2025, 6, 2));
		List<Diagnostic> warnings = new AnswerWarnings(editions, suggestions).check(f.workbook);
		assertEquals(1, warnings.size(), warnings.toString());
		Diagnostic warning = warnings.get(0);
		assertEquals(Diagnostic.WARNING, warning.getSeverity());
		assertEquals(AnswerWarnings.CONTRADICTED_YES, warning.getCode());
		assertEquals(List.of(yes), warning.getData());
		assertTrue(warning.getMessage().contains("CVE-2018-13379"), warning.getMessage());
		// round 2 corrects it: no warning any more
		yes.setRound2(Answer.NO);
		yes.setRound2Date(LocalDate.of(2025, 10, 1));
		assertTrue(new AnswerWarnings(editions, suggestions).check(f.workbook).isEmpty());
	}

	@Test
	void targetDateOutsideTheFiscalYearAndUnknownItemsAreWarnings() {
		Fixtures f = new Fixtures().fixed();
		ChecklistAssessment assessment = Assessments.addFacilityAssessment(f.workbook, r7);
		ChecklistAnswer no = Assessments.answerOrCreate(assessment, "1-①", "");
		no.setRound1(Answer.NO);
		no.setRound1Date(LocalDate.of(2025, 6, 2));
		no.setTargetDate(LocalDate.of(2026, 4, 1)); // FY2026, not FY2025
		Assessments.answerOrCreate(assessment, "2-(7)", "server").setRound1(Answer.YES);
		ChecklistAnswer undated = Assessments.answerOrCreate(assessment, "3-①", "");
		undated.setRound1(Answer.YES);
		List<Diagnostic> warnings = new AnswerWarnings(editions, suggestions).check(f.workbook);
		assertEquals(List.of(AnswerWarnings.TARGET_DATE_OUTSIDE_YEAR, AnswerWarnings.UNKNOWN_ITEM, AnswerWarnings.ANSWER_WITHOUT_DATE),
				warnings.stream().map(Diagnostic::getCode).sorted().toList(), warnings.toString());
		no.setTargetDate(LocalDate.of(2026, 3, 31));
		undated.setRound1Date(LocalDate.of(2025, 6, 3));
		assertEquals(1, new AnswerWarnings(editions, suggestions).check(f.workbook).size());
	}

	@Test
	void anEvaluatorFromAFragmentIsPickedUpAndTheShippedOnesAreRegistered() {
		assertTrue(evaluators.problems().stream().allMatch(p -> p.contains("test-missing-class")), evaluators.problems().toString());
		assertEquals(List.of("test-fixed"), evaluators.evaluators("test-r8", "1-②").stream().map(EvaluatorRegistry.Registered::id).toList());
		Edition r8 = editions.find("test-r8").orElseThrow();
		Fixtures f = new Fixtures();
		List<Suggestion> proposed = suggestions.propose(f.workbook, Assessments.newFacilityAssessment(f.workbook, r8), r8);
		assertEquals(1, proposed.size());
		assertEquals("server", proposed.get(0).columnId());
		assertEquals("test 1-②", proposed.get(0).reasons().get(0).en());
		for (String item : List.of("2-①", "2-②", "2-⑤", "2-⑥", "2-⑦", "2-⑧", "2-⑨", "2-⑩", "2-⑬", "3-①")) {
			assertEquals(1, evaluators.evaluators("mhlw-r7", item).size(), item);
		}
		for (String item : List.of("2-(1)", "2-(2)", "2-(5)", "2-(6)", "2-(7)", "2-(8)", "3-(1)")) {
			assertEquals(1, evaluators.evaluators("mhlw-r6", item).size(), item);
		}
	}
}
