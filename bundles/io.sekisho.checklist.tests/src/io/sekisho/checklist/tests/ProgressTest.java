package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.assessment.Progress;
import io.sekisho.checklist.assessment.SectionProgress;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.FacilityKind;

/** Progress per section, the opening question, and one assessment per edition and respondent. */
class ProgressTest {

	private final Edition r6 = EditionRegistry.fromPlatform().find("mhlw-r6").orElseThrow();

	@Test
	void countsSlotsAnsweredNoAndNoWithoutTargetDate() {
		Fixtures f = new Fixtures();
		ChecklistAssessment assessment = Assessments.addFacilityAssessment(f.workbook, r6);
		answer(assessment, "2-(4)", "server", Answer.NO, LocalDate.of(2024, 12, 1));
		answer(assessment, "2-(4)", "clientPc", Answer.NO, null);
		answer(assessment, "2-(1)", "general", Answer.YES, null);
		Progress progress = Progress.of(assessment, r6);
		assertEquals(FormKind.MEDICAL_INSTITUTION, progress.form());
		SectionProgress section2 = progress.sections().stream().filter(s -> s.section().getNumber().equals("2")).findFirst().orElseThrow();
		// 2-(1..3) one column each, 2-(4) 2, 2-(5) 2, 2-(6) 1, 2-(7) 3, 2-(8) 1, 2-(9) 2
		assertEquals(14, section2.slots());
		assertEquals(3, section2.answered());
		assertEquals(2, section2.no());
		assertEquals(1, section2.noWithoutTarget());
		assertEquals(1 + 1 + 14 + 3, progress.total().slots());
	}

	@Test
	void noMedicalInformationSystemMakesTheRestNotApplicable() {
		Fixtures f = new Fixtures();
		ChecklistAssessment assessment = Assessments.addFacilityAssessment(f.workbook, r6);
		answer(assessment, "0", "", Answer.NO, null);
		SectionProgress total = Progress.of(assessment, r6).total();
		assertTrue(total.complete(), total.toString());
		assertEquals(1, total.no(), "only the opening question itself is いいえ");
		// and nothing is suggested past it
		assertTrue(new Suggestions(EvaluatorRegistry.fromPlatform(), Fixtures.TODAY).propose(f.workbook, assessment, r6).isEmpty());
	}

	@Test
	void pharmaciesGetThePharmacyFormAndVendorsOneAssessmentEach() {
		Fixtures f = new Fixtures();
		f.workbook.getFacility().setKind(FacilityKind.PHARMACY);
		ChecklistAssessment own = Assessments.addFacilityAssessment(f.workbook, r6);
		assertEquals(ChecklistForm.PHARMACY, own.getForm());
		assertEquals(2024, own.getFiscalYear());
		assertThrows(IllegalStateException.class, () -> Assessments.addFacilityAssessment(f.workbook, r6));
		ChecklistAssessment vendor = Assessments.addVendorAssessment(f.workbook, r6, f.ehrVendor);
		assertEquals(ChecklistForm.VENDOR, vendor.getForm());
		assertEquals(f.ehrVendor, vendor.getRespondent());
		Assessments.addVendorAssessment(f.workbook, r6, f.networkVendor);
		assertThrows(IllegalStateException.class, () -> Assessments.addVendorAssessment(f.workbook, r6, f.ehrVendor));
		// the vendor form has no opening question
		assertEquals(1 + 14 + 3, Progress.of(vendor, r6).total().slots());
	}

	private static void answer(ChecklistAssessment assessment, String item, String column, Answer value, LocalDate target) {
		ChecklistAnswer answer = Assessments.answerOrCreate(assessment, item, column);
		answer.setRound1(value);
		answer.setRound1Date(LocalDate.of(2024, 7, 1));
		answer.setTargetDate(target);
	}
}
