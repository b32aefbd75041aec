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
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;

/** ⑧ names the vendor of a published default and a vendor's documented service account (device catalog). */
class VendorDefaultsEvaluatorTest {

	private final Edition r7 = EditionRegistry.fromPlatform().find("mhlw-r7").orElseThrow();
	private final Suggestions suggestions = new Suggestions(EvaluatorRegistry.fromPlatform(), LocalDate.of(2025, 6, 2));

	private Suggestion reuse(FacilityWorkbook workbook) {
		ChecklistAssessment assessment = Assessments.newFacilityAssessment(workbook, r7);
		return suggestions.propose(workbook, assessment, r7).stream()
				.filter(s -> s.item().getId().equals("2-⑧") && s.columnId().equals("general")).findFirst().orElseThrow();
	}

	@Test
	void theDemoCitesTheXraySystemsServiceAccountUnderReuse() {
		FacilityWorkbook demo = DemoFacility.build();
		Account insite = demo.getAccounts().stream().filter(a -> "insite".equals(a.getUserName())).findFirst().orElseThrow();
		Suggestion reuse = reuse(demo);
		assertEquals(Answer.NO, reuse.answer());
		Reason reason = reuse.reasons().stream().filter(r -> r.elements().contains(insite)).findFirst()
				.orElseThrow(() -> new AssertionError(reuse.reasons().toString()));
		assertTrue(reason.ja().contains("GE ヘルスケア") && reason.ja().contains("保守用初期アカウント名"), reason.ja());
		assertTrue(reason.en().contains("GE Healthcare") && reason.en().contains("service account"), reason.en());
	}

	@Test
	void aDisabledServiceAccountIsNoLongerAReason() {
		FacilityWorkbook demo = DemoFacility.build();
		Account insite = demo.getAccounts().stream().filter(a -> "insite".equals(a.getUserName())).findFirst().orElseThrow();
		insite.setStatus(AccountStatus.DISABLED);
		assertTrue(reuse(demo).reasons().stream().noneMatch(r -> r.elements().contains(insite)));
	}

	@Test
	void aFactoryDefaultOnACatalogProductNamesTheProduct() {
		Fixtures f = new Fixtures();
		f.fortigate.setManufacturer("Fortinet");
		f.fortigate.setModel("FortiGate 60E");
		f.vpnAdmin.getPasswordAssessment().getFindingCodes().add("factory-default");
		List<Reason> reasons = reuse(f.workbook).reasons();
		Reason r = reasons.stream().filter(x -> x.elements().equals(List.of(f.vpnAdmin)) && x.en().contains("default"))
				.findFirst().orElseThrow(() -> new AssertionError(reasons.toString()));
		assertTrue(r.en().contains("published default of Fortinet FortiGate 60E"), r.en());
		assertTrue(r.ja().contains("フォーティネット FortiGate 60E の公開されている初期パスワード"), r.ja());
	}
}
