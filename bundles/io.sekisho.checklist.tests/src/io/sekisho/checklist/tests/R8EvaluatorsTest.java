package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountKind;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.ModelIds;

/** The evaluators on FY2026 item numbers: re-keyed ones and those for the new items. */
class R8EvaluatorsTest {

	private final EditionRegistry editions = EditionRegistry.fromPlatform();
	private final Edition r8 = editions.find("mhlw-r8").orElseThrow();
	private final Suggestions suggestions = new Suggestions(EvaluatorRegistry.fromPlatform(), Fixtures.TODAY);

	private List<Suggestion> propose(Fixtures f) {
		ChecklistAssessment assessment = Assessments.newFacilityAssessment(f.workbook, r8);
		return suggestions.propose(f.workbook, assessment, r8);
	}

	private static Suggestion find(List<Suggestion> all, String itemId, String column) {
		return all.stream().filter(s -> s.item().getId().equals(itemId) && s.columnId().equals(column)).findFirst()
				.orElseThrow(() -> new AssertionError("no suggestion for " + itemId + " " + column + " in " + all));
	}

	private static boolean none(List<Suggestion> all, String itemId) {
		return all.stream().noneMatch(s -> s.item().getId().equals(itemId));
	}

	private static String reasons(Suggestion s) {
		return String.join(" | ", s.reasons().stream().map(r -> r.en() + " / " + r.ja()).toList());
	}

	@Test
	void reKeyedEvaluatorsAnswerUnderTheNewNumbers() {
		List<Suggestion> all = propose(new Fixtures());
		assertEquals(Answer.NO, find(all, "2-⑥", "general").answer(), "the known exploited FortiOS");
		assertEquals(Answer.NO, find(all, "2-⑧", "general").answer(), "VPN device and server share a password");
		assertTrue(find(all, "2-⑧", "general").evaluatorIds().contains("password-reuse"));
	}

	@Test
	void guideline7LengthDependsOnTheSecondFactor() {
		Fixtures f = new Fixtures();
		for (Account account : List.of(f.vpnAdmin, f.serverAdmin)) {
			account.getPasswordAssessment().setLength(14);
		}
		f.pcUser.getPasswordAssessment().setLength(10); // 10 characters: too short alone ...
		Suggestion alone = find(propose(f), "2-⑦", "general");
		assertEquals(Answer.NO, alone.answer());
		assertTrue(reasons(alone).contains("13"), reasons(alone));
		f.pcUser.setMultiFactorAuthentication(true); // ... enough with a second factor
		for (Account account : f.workbook.getAccounts()) {
			account.setLockout(Availability.YES);
		}
		Suggestion withMfa = find(propose(f), "2-⑦", "general");
		assertEquals(Answer.YES, withMfa.answer(), reasons(withMfa));
		assertTrue(withMfa.evaluatorIds().containsAll(List.of("password-guideline7", "lockout")), withMfa.evaluatorIds().toString());
	}

	@Test
	void anAccountWithoutLockoutMakesThePasswordItemNo() {
		Fixtures f = new Fixtures();
		f.serverAdmin.setLockout(Availability.NO);
		Suggestion s = find(propose(f), "2-⑦", "general");
		assertEquals(Answer.NO, s.answer());
		assertTrue(reasons(s).contains("Administrator"), reasons(s));
		assertTrue(s.evaluatorIds().contains("lockout"));
	}

	@Test
	void twoFactorForApplicationAndServerLogins() {
		Fixtures f = new Fixtures();
		Account ehrUser = FacilityFactory.eINSTANCE.createAccount();
		ehrUser.setId(ModelIds.newId());
		ehrUser.setSystem("電子カルテ");
		ehrUser.setUserName("doctor01");
		ehrUser.setKind(AccountKind.USER);
		ehrUser.setStatus(AccountStatus.ACTIVE);
		f.workbook.getAccounts().add(ehrUser);
		List<Suggestion> all = propose(f);
		Suggestion application = find(all, "2-⑪", "clientPc");
		assertEquals(Answer.NO, application.answer());
		assertTrue(reasons(application).contains("doctor01"), reasons(application));
		Suggestion server = find(all, "2-⑫", "server");
		assertEquals(Answer.NO, server.answer(), "the server administrator logs in without a second factor");

		ehrUser.setMultiFactorAuthentication(true);
		f.ehrServer.setMultiFactorLogin(Availability.YES); // recorded on the server: wins over its accounts
		all = propose(f);
		assertEquals(Answer.YES, find(all, "2-⑪", "clientPc").answer());
		assertEquals(Answer.YES, find(all, "2-⑫", "server").answer());
	}

	@Test
	void informationDevicesCountForTheMediaItem() {
		Fixtures f = new Fixtures();
		f.ehrServer.setRemovableMediaRestricted(Availability.YES);
		f.clientPc.setRemovableMediaRestricted(Availability.YES);
		assertEquals(Answer.YES, find(propose(f), "2-⑨", "general").answer());
		Device tablet = FacilityFactory.eINSTANCE.createDevice();
		tablet.setId(ModelIds.newId());
		tablet.setName("病棟タブレット-01");
		tablet.setCategory(DeviceCategory.INFORMATION_DEVICE);
		tablet.setStatus(DeviceStatus.IN_USE);
		tablet.setRemovableMediaRestricted(Availability.NO);
		f.workbook.getDevices().add(tablet);
		Suggestion media = find(propose(f), "2-⑨", "general");
		assertEquals(Answer.NO, media.answer());
		assertTrue(reasons(media).contains("病棟タブレット-01"), reasons(media));
	}

	@Test
	void noEvidenceNoProposalForTheNewItems() {
		Fixtures f = new Fixtures();
		f.workbook.getAccounts().clear();
		f.workbook.getDevices().removeIf(d -> d.getCategory() == DeviceCategory.SERVER);
		List<Suggestion> all = propose(f);
		assertTrue(none(all, "2-⑪"), all.toString());
		assertTrue(none(all, "2-⑫"), all.toString());
	}
}
