package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Vulnerability;
import io.sekisho.model.facility.VulnerabilityMatch;

/** The shipped evaluators on a facility with the weaknesses of the known incidents, and on the same facility fixed. */
class EvaluatorsTest {

	private final EditionRegistry editions = EditionRegistry.fromPlatform();
	private final Edition r6 = editions.find("mhlw-r6").orElseThrow();
	private final Edition r7 = editions.find("mhlw-r7").orElseThrow();
	private final Suggestions suggestions = new Suggestions(EvaluatorRegistry.fromPlatform(), Fixtures.TODAY);

	private List<Suggestion> propose(Fixtures fixtures, Edition edition) {
		ChecklistAssessment assessment = Assessments.newFacilityAssessment(fixtures.workbook, edition);
		return suggestions.propose(fixtures.workbook, assessment, edition);
	}

	private static Suggestion find(List<Suggestion> all, String itemId, String column) {
		return all.stream().filter(s -> s.item().getId().equals(itemId) && s.columnId().equals(column)).findFirst()
				.orElseThrow(() -> new AssertionError("no suggestion for " + itemId + " " + column + " in " + all));
	}

	private static String reasons(Suggestion s) {
		return String.join(" | ", s.reasons().stream().map(r -> r.en() + " / " + r.ja()).toList());
	}

	@Test
	void firmwareItemIsNoBecauseOfTheKnownExploitedFortiOs() {
		Fixtures f = new Fixtures();
		Suggestion patches = find(propose(f, r7), "2-⑥", "general");
		assertEquals(Answer.NO, patches.answer());
		String text = reasons(patches);
		assertTrue(text.contains("FortiOS 6.0.4") && text.contains("CVE-2018-13379") && text.contains("known exploited"), text);
		assertTrue(text.contains("悪用が確認された"), text);
		assertTrue(patches.reasons().get(0).elements().containsAll(List.of(f.fortigate, f.fortiOs)));
		// R6 answers the same evidence per device column: only the network device column is いいえ
		List<Suggestion> r6Suggestions = propose(f, r6);
		assertEquals(Answer.NO, find(r6Suggestions, "2-(7)", "networkDevice").answer());
		assertEquals(Answer.YES, find(r6Suggestions, "2-(7)", "server").answer());
	}

	@Test
	void firmwareReasonsNameTheDeviceAsPeopleCallItNeverTheCpeProduct() {
		Fixtures f = new Fixtures();
		// a YAMAHA router as matching leaves it: no operating system recorded, the record holds the CPE product
		Device router = f.device("RT-ONS01", DeviceCategory.NETWORK_DEVICE, "YAMAHA", "RTX1210", f.networkVendor);
		FirmwareRecord rtx = f.firmware(router, null, "cpe:2.3:o:yamaha:rtx1210_firmware:*:*:*:*:*:*:*:*", "Rev.14.01.38", FirmwareStatus.VULNERABLE);
		Vulnerability cve = FacilityFactory.eINSTANCE.createVulnerability();
		cve.setCveId("CVE-2021-20843");
		cve.setMatch(VulnerabilityMatch.AFFECTED);
		rtx.getVulnerabilities().add(cve);
		Suggestion patches = find(propose(f, r7), "2-⑥", "general");
		Reason fortigate = patches.reasons().stream().filter(r -> r.elements().contains(f.fortiOs)).findFirst().orElseThrow();
		Reason yamaha = patches.reasons().stream().filter(r -> r.elements().contains(rtx)).findFirst().orElseThrow();
		assertTrue(fortigate.ja().startsWith("FortiGate（FortiGate 60E、FortiOS 6.0.4）には悪用が確認された脆弱性があります"), fortigate.ja());
		assertTrue(fortigate.en().startsWith("FortiGate (FortiGate 60E, FortiOS 6.0.4) has known exploited vulnerabilities"), fortigate.en());
		assertEquals("RT-ONS01（RTX1210、ファームウェア Rev.14.01.38）には既知の脆弱性があります: CVE-2021-20843。", yamaha.ja());
		assertEquals("RT-ONS01 (RTX1210, firmware Rev.14.01.38) has known vulnerabilities: CVE-2021-20843.", yamaha.en());
		// the same for R6 2-(7), and for every other patch reason: an update, an ended support, a register status
		f.workbook.getFirmwareRecords().remove(f.fortiOs);
		rtx.getVulnerabilities().clear();
		for (FirmwareStatus status : List.of(FirmwareStatus.UPDATE_AVAILABLE, FirmwareStatus.END_OF_SUPPORT, FirmwareStatus.VULNERABLE)) {
			rtx.setStatus(status);
			rtx.setLatestVersion(status == FirmwareStatus.UPDATE_AVAILABLE ? "Rev.14.01.42" : null);
			rtx.setPlannedUpdate(Fixtures.TODAY.minusDays(1));
			for (Suggestion s : List.of(find(propose(f, r6), "2-(7)", "networkDevice"), find(propose(f, r7), "2-⑥", "general"))) {
				assertEquals(Answer.NO, s.answer(), status + " " + reasons(s));
				for (Reason r : s.reasons()) {
					assertTrue(r.ja().startsWith("RT-ONS01（RTX1210、ファームウェア Rev.14.01.38）"), r.ja());
					assertTrue(r.en().startsWith("RT-ONS01 (RTX1210, firmware Rev.14.01.38)"), r.en());
					for (String text : List.of(r.ja(), r.en())) {
						assertFalse(text.contains("rtx1210_firmware") || text.contains("cpe:") || text.contains(status.getLiteral())
								|| text.contains(status.getName()) || text.contains("null"), text);
					}
				}
			}
		}
	}

	@Test
	void firmwareItemReadsTheMatchedRegister() {
		// a possible match (hardware not confirmed) or a record awaiting analysis is no evidence either way
		Fixtures f = new Fixtures().fixed();
		Vulnerability possible = FacilityFactory.eINSTANCE.createVulnerability();
		possible.setCveId("CVE-2022-42475");
		possible.setMatch(VulnerabilityMatch.POSSIBLE);
		f.fortiOs.getVulnerabilities().add(possible);
		f.fortiOs.setStatus(FirmwareStatus.CHECK_MANUALLY);
		assertTrue(propose(f, r7).stream().noneMatch(s -> s.item().getId().equals("2-⑥")), "no proposal while a match is open");
		// an update plan past its date is a reason of its own
		Fixtures late = new Fixtures();
		late.fortiOs.setPlannedUpdate(Fixtures.TODAY.minusDays(1));
		Suggestion patches = find(propose(late, r7), "2-⑥", "general");
		assertEquals(Answer.NO, patches.answer());
		String text = reasons(patches);
		assertTrue(text.contains("overdue") && text.contains(Fixtures.TODAY.minusDays(1).toString()) && text.contains("期限を過ぎて"), text);
		// known exploited still comes first
		assertTrue(patches.reasons().get(0).en().contains("CVE-2018-13379"), text);
	}

	@Test
	void reuseIsNoBecauseTheVpnDeviceAndTheServerShareAPassword() {
		Fixtures f = new Fixtures();
		Suggestion reuse = find(propose(f, r7), "2-⑧", "general");
		assertEquals(Answer.NO, reuse.answer());
		Reason shared = reuse.reasons().get(0);
		assertEquals(List.of(f.vpnAdmin, f.serverAdmin), shared.elements());
		assertTrue(shared.en().contains("admin@FortiGate") && shared.en().contains("Administrator@電子カルテサーバ"), shared.en());
		assertFalse(shared.en().contains("fp-shared"), "fingerprints are not shown");
	}

	@Test
	void otherWeaknessesOfTheFixture() {
		List<Suggestion> all = propose(new Fixtures(), r7);
		assertEquals(Answer.NO, find(all, "2-⑦", "general").answer()); // R7 ⑦ is answered for 全般 (corrected)
		assertEquals(Answer.NO, find(all, "2-⑨", "general").answer());
		assertEquals(Answer.NO, find(all, "2-⑬", "networkDevice").answer());
		assertEquals(Answer.NO, find(all, "3-①", "").answer());
		assertEquals(Answer.YES, find(all, "2-①", "general").answer());
		assertEquals(Answer.YES, find(all, "2-②", "general").answer());
		assertEquals(Answer.YES, find(all, "2-⑩", "server").answer());
		assertEquals(Answer.YES, find(all, "2-⑤", "server").answer());
	}

	@Test
	void theFixedFacilityGetsYesWhereTheEvidenceIsComplete() {
		List<Suggestion> all = propose(new Fixtures().fixed(), r7);
		for (String item : List.of("2-⑥", "2-⑧", "2-⑨")) {
			assertEquals(Answer.YES, find(all, item, "general").answer(), item);
		}
		assertEquals(Answer.YES, find(all, "2-⑦", "general").answer());
		assertEquals(Answer.YES, find(all, "2-⑬", "networkDevice").answer());
		assertEquals(Answer.YES, find(all, "3-①", "").answer());
	}

	@Test
	void unusedAndToDeleteAccountsAndMissingLogsAreNo() {
		Fixtures f = new Fixtures();
		f.pcUser.setLastUsed(Fixtures.TODAY.minusDays(400));
		f.serverAdmin.setStatus(io.sekisho.model.facility.AccountStatus.TO_DELETE);
		f.ehrServer.getLogSettings().setTamperProtection(io.sekisho.model.facility.Availability.NO);
		List<Suggestion> all = propose(f, r6);
		assertEquals(Answer.NO, find(all, "2-(5)", "clientPc").answer());
		assertTrue(reasons(find(all, "2-(5)", "clientPc")).contains("nurse01@外来PC-01"));
		assertEquals(Answer.NO, find(all, "2-(5)", "server").answer());
		assertEquals(Answer.NO, find(all, "2-(6)", "server").answer());
	}

	@Test
	void aVendorFormLooksAtWhatThatVendorManages() {
		Fixtures f = new Fixtures();
		ChecklistAssessment network = Assessments.addVendorAssessment(f.workbook, r7, f.networkVendor);
		List<Suggestion> forNetwork = suggestions.propose(f.workbook, network, r7);
		assertEquals(Answer.NO, find(forNetwork, "2-⑥", "general").answer());
		assertTrue(forNetwork.stream().noneMatch(s -> s.item().getId().equals("2-⑨")), "the network vendor manages no server or PC");
		ChecklistAssessment ehr = Assessments.addVendorAssessment(f.workbook, r7, f.ehrVendor);
		List<Suggestion> forEhr = suggestions.propose(f.workbook, ehr, r7);
		assertEquals(Answer.YES, find(forEhr, "2-⑥", "general").answer(), "the EHR vendor's server and PC are current");
		// the EHR server shares its password with the network vendor's VPN device: reuse on the EHR vendor's form too
		Suggestion reuse = find(forEhr, "2-⑧", "general");
		assertEquals(Answer.NO, reuse.answer());
		assertEquals(List.of(f.vpnAdmin, f.serverAdmin), reuse.reasons().get(0).elements());
	}

	@Test
	void noEvidenceNoProposal() {
		Fixtures f = new Fixtures();
		f.workbook.getFirmwareRecords().clear();
		f.workbook.getAccounts().forEach(a -> a.setPasswordAssessment(null));
		List<Suggestion> all = propose(f, r7);
		assertTrue(all.stream().noneMatch(s -> s.item().getId().equals("2-⑥") || s.item().getId().equals("2-⑧")), all.toString());
	}
}
