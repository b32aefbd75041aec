package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.checklist.evaluation.Suggestions;

/** A broken vendor evaluator (fragment.xml: a missing class, one that throws) is named with its bundle and skipped. */
class BrokenContributionsTest {

	@Test
	void aMissingClassIsReportedWithItsBundleAndTheOthersAreRegistered() {
		EvaluatorRegistry registry = EvaluatorRegistry.fromPlatform();
		List<String> problems = registry.problems();
		assertEquals(1, problems.size(), problems.toString());
		assertTrue(problems.get(0).contains("test-missing-class") && problems.get(0).contains("io.sekisho.checklist.tests"), problems.get(0));
		assertEquals(List.of("test-fixed"), registry.evaluators("test-r8", "1-②").stream().map(EvaluatorRegistry.Registered::id).toList());
	}

	@Test
	void anEvaluatorThatThrowsIsSkippedAndNamedTheOthersStillAnswer() {
		Edition r8 = EditionRegistry.fromPlatform().find("test-r8").orElseThrow();
		Suggestions suggestions = new Suggestions(EvaluatorRegistry.fromPlatform(), LocalDate.of(2025, 6, 2));
		Fixtures f = new Fixtures();
		List<Suggestion> proposed = suggestions.propose(f.workbook, Assessments.newFacilityAssessment(f.workbook, r8), r8);
		assertEquals(1, proposed.size(), "the fragment's working evaluator still answers 1-②");
		assertEquals("1-②", proposed.get(0).item().getId());
		assertEquals(1, suggestions.problems().size(), suggestions.problems().toString());
		String problem = suggestions.problems().get(0);
		// a fragment's extensions belong to its host in the registry: the problem names the contributing bundle as the
		// registry knows it
		assertTrue(problem.contains("test-failing") && problem.contains("io.sekisho.checklist") && problem.contains("vendor bug"), problem);
	}
}
