package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.workbook.HandoverEditions;
import io.sekisho.workbook.answers.AnswerConflict;
import io.sekisho.workbook.answers.AnswerField;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.ImportResult;
import io.sekisho.workbook.read.XlsxReader;

/**
 * The round trip with a workbook another program wrote: resources/libreoffice/demo-filled.xlsx is the demo
 * facility's handover workbook, exported by sekishoc, filled and saved by LibreOffice Calc
 * (releng/scripts/workbook-libreoffice.py fill): answer words typed, dates typed as text and turned into date
 * cells by Calc, a remark, and Calc's own xlsx writer (shared strings, its styles, its sheet XML).
 */
class LibreOfficeRoundTripTest {

	static final String RESOURCE = "resources/libreoffice/demo-filled.xlsx"; //$NON-NLS-1$

	@TempDir
	Path dir;

	private Path resource() throws IOException {
		Path file = dir.resolve("demo-filled.xlsx");
		try (InputStream in = LibreOfficeRoundTripTest.class.getClassLoader().getResourceAsStream(RESOURCE)) {
			assertNotNull(in, RESOURCE);
			Files.copy(in, file);
		}
		return file;
	}

	@Test
	void answersTypedInLibreOfficeComeBackIntoTheModel() throws Exception {
		// the workbook was exported from the demo as it stood in FY2025 (R7); today's demo answers R8 and would refuse it
		FacilityWorkbook demo = DemoFacility.buildFiscalYear2025();
		EditionRegistry editions = EditionRegistry.fromPlatform();
		Edition edition = HandoverEditions.current(demo, editions).orElseThrow();
		ImportResult read = new AnswerImport(editions, new XlsxReader()).read(resource(), demo, edition, () -> null);
		assertTrue(read.acceptable(), read.problems().toString());
		// this workbook is of format 1, which kept no export values: a value typed over one the model holds is a
		// conflict (2-① was はい in the demo), an empty cell gives no answer
		AnswerConflict inventoryConflict = read.conflicts().stream()
				.filter(c -> c.itemId().equals("2-①") && c.field() == AnswerField.ROUND1).findFirst().orElseThrow();
		assertEquals(Answer.NO, inventoryConflict.theirs());
		assertEquals(Answer.YES, inventoryConflict.ours());
		ImportResult result = read.resolve(c -> AnswerConflict.Side.THEIRS);
		Set<String> cells = result.changes().stream().map(c -> c.sheet().startsWith("事業者") ? "vendor!" + c.cell() : c.cell())
				.collect(Collectors.toSet());
		assertTrue(cells.size() >= 7, result.changes().toString());

		AnswerImport.apply(result, demo);
		ChecklistAssessment hospital = Assessments.facilityAssessment(demo, edition.getId()).orElseThrow();
		ChecklistAnswer inventory = Assessments.answer(hospital, "2-①", "general").orElseThrow();
		assertEquals(Answer.NO, inventory.getRound1());
		assertEquals(LocalDate.of(2025, 7, 1), inventory.getRound1Date());
		assertEquals(LocalDate.of(2025, 12, 15), inventory.getTargetDate());
		assertEquals("台帳の更新が必要（LibreOfficeで記入）", inventory.getRemarks());
		ChecklistAnswer media = Assessments.answer(hospital, "2-⑨", "general").orElseThrow();
		assertEquals(Answer.YES, media.getRound2());
		assertEquals(LocalDate.of(2025, 8, 20), media.getRound2Date());
		ChecklistAnswer mds = demo.getChecklistAssessments().stream()
				.filter(a -> a.getEditionId().equals(edition.getId()) && a.getRespondent() != null)
				.map(a -> Assessments.answer(a, "2-③", "general")).flatMap(java.util.Optional::stream)
				.filter(a -> LocalDate.of(2025, 7, 10).equals(a.getRound1Date())).findFirst().orElseThrow();
		assertEquals(Answer.YES, mds.getRound1());
	}
}
