package io.sekisho.checklist.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.assessment.CarryOver;
import io.sekisho.checklist.assessment.CarryOver.Leftover;
import io.sekisho.checklist.assessment.CarryOver.LeftoverKind;
import io.sekisho.checklist.assessment.Progress;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SchemaVersion;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.model.persistence.SekishoResource;

/** FY2025 answers into the FY2026 edition, and a file the previous Sekisho wrote. */
class R8CarryOverTest {

	private final EditionRegistry editions = EditionRegistry.fromPlatform();
	private final Edition r7 = editions.find("mhlw-r7").orElseThrow();
	private final Edition r8 = editions.find("mhlw-r8").orElseThrow();

	@TempDir
	Path dir;

	@Test
	void answersFollowTheRenumberingAndTheSplit() {
		Fixtures f = new Fixtures();
		ChecklistAssessment old = Assessments.addFacilityAssessment(f.workbook, r7);
		answer(old, "0", "", Answer.YES, null);
		answer(old, "1-rules", "", Answer.YES, null).setRemarks("運用管理規程 2024年版");
		answer(old, "2-⑩", "server", Answer.NO, LocalDate.of(2026, 6, 30)); // target date inside FY2026: kept
		answer(old, "2-2fa", "general", Answer.NO, LocalDate.of(2026, 3, 31)); // inside FY2025 only: dropped
		answer(old, "2-⑫", "server", Answer.YES, null);
		answer(old, "2-⑫", "clientPc", Answer.NO, null);
		answer(old, "2-⑬", "networkDevice", Answer.YES, null);
		answer(old, "2-⑦", "general", Answer.YES, null);

		CarryOver.Result result = CarryOver.start(f.workbook, old, r7, r8);
		ChecklistAssessment fresh = result.assessment();
		assertEquals("mhlw-r8", fresh.getEditionId());
		assertEquals(2026, fresh.getFiscalYear());
		assertEquals(ChecklistForm.MEDICAL_INSTITUTION_AND_PHARMACY, fresh.getForm(), "a hospital answers the combined form");

		ChecklistAnswer logs = Assessments.answer(fresh, "2-⑬", "server").orElseThrow();
		assertEquals(Answer.NO, logs.getRound1());
		assertEquals(LocalDate.of(2026, 6, 30), logs.getTargetDate());
		for (String[] slot : List.of(new String[] { "2-⑪", "clientPc" }, new String[] { "2-⑫", "server" })) {
			ChecklistAnswer mfa = Assessments.answer(fresh, slot[0], slot[1]).orElseThrow(() -> new AssertionError(slot[0]));
			assertEquals(Answer.NO, mfa.getRound1(), slot[0]);
			assertNull(mfa.getTargetDate(), slot[0]);
		}
		assertEquals(Answer.YES, Assessments.answer(fresh, "2-⑩", "server").orElseThrow().getRound1());
		assertEquals(Answer.NO, Assessments.answer(fresh, "2-⑩", "clientPc").orElseThrow().getRound1());
		assertEquals(Answer.YES, Assessments.answer(fresh, "2-⑭", "networkDevice").orElseThrow().getRound1());
		ChecklistAnswer rules = Assessments.answer(fresh, "4-①", "").orElseThrow();
		assertEquals(Answer.YES, rules.getRound1());
		assertEquals("運用管理規程 2024年版", rules.getRemarks());
		assertEquals(Answer.YES, Assessments.answer(fresh, "2-⑦", "general").orElseThrow().getRound1());
		assertEquals(8, result.moved());

		List<Leftover> leftovers = result.leftovers();
		assertTrue(leftovers.contains(new Leftover(LeftoverKind.NOT_MAPPED, "0", "")), leftovers.toString());
		assertTrue(leftovers.contains(new Leftover(LeftoverKind.TARGET_DATE_DROPPED, "2-⑪", "clientPc")), leftovers.toString());
		assertTrue(leftovers.contains(new Leftover(LeftoverKind.TARGET_DATE_DROPPED, "2-⑫", "server")), leftovers.toString());
		assertTrue(leftovers.contains(new Leftover(LeftoverKind.NEW_ITEM, "2-①", null)), leftovers.toString());
	}

	@Test
	void aVendorsOutOfScopeStaysOnTheVendorForm() {
		Fixtures f = new Fixtures();
		ChecklistAssessment r8Vendor = Assessments.addVendorAssessment(f.workbook, r8, f.ehrVendor);
		answer(r8Vendor, "2-⑨", "general", Answer.OUT_OF_SCOPE, null);
		assertEquals(List.of(f.ehrVendor), io.sekisho.checklist.assessment.Responsibilities.outOfScopeVendors(f.workbook, "mhlw-r8", "2-⑨"));
		assertTrue(io.sekisho.checklist.assessment.Responsibilities.facilityCarries(f.workbook, "mhlw-r8", "2-⑨").contains(f.ehrVendor.getName()));
		assertEquals("", io.sekisho.checklist.assessment.Responsibilities.facilityCarries(f.workbook, "mhlw-r8", "2-①"));
		Progress progress = Progress.of(r8Vendor, r8);
		assertEquals(1, progress.total().answered(), "対象外 is an answer");
	}

	/** A file written by the previous version (schema 1, the demo of main before R8) loads, migrates and carries over. */
	@Test
	void anR7FileOfThePreviousVersionLoadsAndCarriesOver() throws IOException {
		Path file = dir.resolve("demo-r7.sekisho");
		try (InputStream in = FrameworkUtil.getBundle(getClass()).findEntries("files", "demo-r7-schema1.sekisho", false).nextElement().openStream()) {
			Files.copy(in, file);
		}
		assertTrue(Files.readString(file).contains("schemaVersion=\"1\""));
		SekishoResource resource = SekishoFiles.load(file);
		assertEquals(1, resource.loadedSchemaVersion());
		FacilityWorkbook workbook = resource.workbook();
		assertEquals(SchemaVersion.CURRENT, workbook.getSchemaVersion());
		assertEquals("厚労記念病院", workbook.getFacility().getName());
		assertEquals(150, workbook.getDevices().size());
		ChecklistAssessment own = Assessments.facilityAssessment(workbook, "mhlw-r7").orElseThrow();
		// R7 2-⑦ is answered for 全般 now: the two agreeing old column answers became one
		ChecklistAnswer passwords = Assessments.answer(own, "2-⑦", "general").orElseThrow();
		assertEquals(Answer.NO, passwords.getRound1());
		assertTrue(Assessments.answer(own, "2-⑦", "server").isEmpty());
		assertTrue(Assessments.answer(own, "2-⑦", "networkDevice").isEmpty());

		CarryOver.Result result = CarryOver.start(workbook, own, r7, r8);
		assertEquals(Answer.YES, Assessments.answer(result.assessment(), "1-①", "").orElseThrow().getRound1());
		assertEquals(Answer.NO, Assessments.answer(result.assessment(), "2-⑦", "general").orElseThrow().getRound1());
		assertNull(Assessments.answer(result.assessment(), "2-⑦", "general").orElseThrow().getTargetDate(), "2026-01-31 lies in FY2025: dropped");
		// saved and loaded again: the new assessment and the new features survive
		resource.save(null);
		FacilityWorkbook again = SekishoFiles.loadWorkbook(file);
		assertTrue(Assessments.facilityAssessment(again, "mhlw-r8").isPresent());
		assertTrue(Files.readString(file).contains("schemaVersion=\"" + SchemaVersion.CURRENT + "\""));
	}

	private static ChecklistAnswer answer(ChecklistAssessment assessment, String item, String column, Answer value, LocalDate target) {
		ChecklistAnswer answer = Assessments.answerOrCreate(assessment, item, column);
		answer.setRound1(value);
		answer.setRound1Date(LocalDate.of(2025, 7, 1));
		answer.setTargetDate(target);
		return answer;
	}
}
