package io.sekisho.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.ui.internal.FacilityProjects;
import io.sekisho.ui.internal.editor.FacilityEditor;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;

/**
 * The hospital's answers coming back through File > Import: a workbook holding one answer the open facility does
 * not have is read, previewed, and applied to the editor as one undoable command.
 */
class ImportAnswersWizardTest {

	@Test
	void anAnswerTypedIntoTheWorkbookReachesTheOpenEditorAndCanBeUndone() throws Exception {
		IFile file = FacilityProjects.createDemo(new NullProgressMonitor());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FacilityEditor editor = (FacilityEditor) IDE.openEditor(page, file);
		try {
			// the workbook is exported from the facility as it is; the "hospital" then answers item 2-⑨ with いいえ
			Edition edition = EditionRegistry.fromPlatform().find("mhlw-r8").orElseThrow();
			String itemId = "2-⑨";
			String column = io.sekisho.checklist.editions.Editions.columnIds(
					io.sekisho.checklist.editions.Editions.item(edition, itemId).orElseThrow()).get(0);
			Path workbook = Files.createTempDirectory("sekisho-import").resolve("filled.xlsx");
			HandoverExport.fromPlatform().export(new Handover(EcoreUtil.copy(editor.workbook()), edition, LocalDate.of(2026, 7, 1), null),
					WorkbookLanguage.JA, workbook, null);
			fill(workbook, itemId + "|" + column, "いいえ", LocalDate.of(2026, 7, 1), LocalDate.of(2027, 3, 31));

			ChecklistAssessment ours = Assessments.facilityAssessment(editor.workbook(), edition.getId()).orElseThrow();
			assertTrue(Assessments.answer(ours, itemId, column).map(a -> a.getRound1() == Answer.UNANSWERED).orElse(true));

			ImportAnswersWizard wizard = new ImportAnswersWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
			WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				ImportAnswersSourcePage source = (ImportAnswersSourcePage) wizard.getPages()[0];
				firstText((Composite) source.getControl()).setText(workbook.toString());
				assertTrue(source.canFlipToNextPage());
				ImportAnswersPreviewPage preview = (ImportAnswersPreviewPage) source.getNextPage(); // reads the workbook
				assertNull(source.getErrorMessage(), source.getErrorMessage());
				dialog.showPage(preview);
				assertTrue(wizard.canFinish(), String.valueOf(preview.getErrorMessage()));
				assertFalse(editor.isDirty());
				assertTrue(wizard.performFinish());
			} finally {
				dialog.close();
			}
			ChecklistAnswer imported = Assessments.answer(ours, itemId, column).orElseThrow();
			assertEquals(Answer.NO, imported.getRound1());
			assertEquals(LocalDate.of(2027, 3, 31), imported.getTargetDate());
			assertTrue(editor.isDirty(), "applied to the editor, not yet saved");

			editor.getEditingDomain().getCommandStack().undo();
			assertTrue(Assessments.answer(ours, itemId, column).map(a -> a.getRound1() == Answer.UNANSWERED).orElse(true));
		} finally {
			page.closeEditor(editor, false);
			while (Display.getCurrent().readAndDispatch()) {
				// let the editor go
			}
		}
	}

	@Test
	void aValueChangedOnBothSidesWaitsForAChoicePerRow() throws Exception {
		IFile file = FacilityProjects.createDemo(new NullProgressMonitor());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FacilityEditor editor = (FacilityEditor) IDE.openEditor(page, file);
		try {
			Edition edition = EditionRegistry.fromPlatform().find("mhlw-r8").orElseThrow();
			String itemId = "2-⑨";
			String column = io.sekisho.checklist.editions.Editions.columnIds(
					io.sekisho.checklist.editions.Editions.item(edition, itemId).orElseThrow()).get(0);
			Path workbook = Files.createTempDirectory("sekisho-import").resolve("filled.xlsx");
			HandoverExport.fromPlatform().export(new Handover(EcoreUtil.copy(editor.workbook()), edition, LocalDate.of(2026, 7, 1), null),
					WorkbookLanguage.JA, workbook, null);
			fill(workbook, itemId + "|" + column, "いいえ", LocalDate.of(2026, 7, 1), null); // the hospital says いいえ
			ChecklistAssessment ours = Assessments.facilityAssessment(editor.workbook(), edition.getId()).orElseThrow();
			ChecklistAnswer meanwhile = Assessments.answerOrCreate(ours, itemId, column); // Sekisho says はい since
			meanwhile.setRound1(Answer.YES);
			meanwhile.setRound1Date(LocalDate.of(2026, 7, 2));

			ImportAnswersWizard wizard = new ImportAnswersWizard();
			wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(file));
			WizardDialog dialog = new WizardDialog(page.getWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				ImportAnswersSourcePage source = (ImportAnswersSourcePage) wizard.getPages()[0];
				firstText((Composite) source.getControl()).setText(workbook.toString());
				ImportAnswersPreviewPage preview = (ImportAnswersPreviewPage) source.getNextPage();
				dialog.showPage(preview);
				assertEquals(2, preview.conflictRows().size(), "answer and date changed on both sides");
				assertFalse(wizard.canFinish(), "not applied until chosen");
				preview.choose(preview.conflictRows().get(0), io.sekisho.workbook.answers.AnswerConflict.Side.THEIRS);
				assertFalse(wizard.canFinish(), "one row still open");
				preview.choose(preview.conflictRows().get(1), io.sekisho.workbook.answers.AnswerConflict.Side.THEIRS);
				assertTrue(wizard.canFinish());
				assertTrue(wizard.performFinish());
			} finally {
				dialog.close();
			}
			ChecklistAnswer imported = Assessments.answer(ours, itemId, column).orElseThrow();
			assertEquals(Answer.NO, imported.getRound1(), "the hospital's side was chosen");
			assertEquals(LocalDate.of(2026, 7, 1), imported.getRound1Date());
		} finally {
			page.closeEditor(editor, false);
			while (Display.getCurrent().readAndDispatch()) {
				// let the editor go
			}
		}
	}

	/** Types an answer, its date and a target date into the row of {@code key}, as the hospital would. */
	private static void fill(Path file, String key, String answer, LocalDate date, LocalDate target) throws java.io.IOException {
		org.apache.poi.xssf.usermodel.XSSFWorkbook book;
		try (java.io.InputStream in = Files.newInputStream(file)) {
			book = new org.apache.poi.xssf.usermodel.XSSFWorkbook(in);
		}
		try (book) {
			// this year's combined form (R8), or last year's hospital form (R7)
			org.apache.poi.ss.usermodel.Sheet sheet = book.getSheet("チェックリスト（医療機関・薬局確認用）");
			if (sheet == null) {
				sheet = book.getSheet("チェックリスト（医療機関確認用）");
			}
			for (org.apache.poi.ss.usermodel.Row row : sheet) {
				org.apache.poi.ss.usermodel.Cell keyCell = row.getCell(9);
				if (keyCell != null && key.equals(keyCell.getStringCellValue())) {
					fresh(row, 3).setCellValue(answer);
					fresh(row, 4).setCellValue(date);
					if (target != null) {
						fresh(row, 7).setCellValue(target);
					}
				}
			}
			try (java.io.OutputStream out = Files.newOutputStream(file)) {
				book.write(out);
			}
		}
	}

	/** A new cell in place of the exported one, keeping its style (POI keeps an old inline text otherwise). */
	private static org.apache.poi.ss.usermodel.Cell fresh(org.apache.poi.ss.usermodel.Row row, int column) {
		org.apache.poi.ss.usermodel.Cell old = row.getCell(column);
		org.apache.poi.ss.usermodel.CellStyle style = old == null ? null : old.getCellStyle();
		org.apache.poi.ss.usermodel.Cell cell = row.createCell(column);
		if (style != null) {
			cell.setCellStyle(style);
		}
		return cell;
	}

	private static Text firstText(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				return text;
			}
		}
		throw new AssertionError("the page has no text field");
	}
}
