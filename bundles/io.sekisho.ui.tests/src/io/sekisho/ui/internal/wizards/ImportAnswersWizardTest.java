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
import io.sekisho.model.facility.FacilityWorkbook;
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
			// the "hospital" answers item 2-⑨ with いいえ in its copy of the workbook of this year's edition
			Edition edition = EditionRegistry.fromPlatform().find("mhlw-r8").orElseThrow();
			FacilityWorkbook filled = EcoreUtil.copy(editor.workbook());
			ChecklistAssessment theirs = Assessments.facilityAssessment(filled, edition.getId()).orElseThrow();
			String itemId = "2-⑨";
			String column = io.sekisho.checklist.editions.Editions.columnIds(
					io.sekisho.checklist.editions.Editions.item(edition, itemId).orElseThrow()).get(0);
			ChecklistAnswer typed = Assessments.answerOrCreate(theirs, itemId, column);
			typed.setRound1(Answer.NO);
			typed.setRound1Date(LocalDate.of(2026, 7, 1));
			typed.setTargetDate(LocalDate.of(2027, 3, 31));
			Path workbook = Files.createTempDirectory("sekisho-import").resolve("filled.xlsx");
			HandoverExport.fromPlatform().export(new Handover(filled, edition, LocalDate.of(2026, 7, 1), null),
					WorkbookLanguage.JA, workbook, null);

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

	private static Text firstText(Composite parent) {
		for (Control child : parent.getChildren()) {
			if (child instanceof Text text) {
				return text;
			}
		}
		throw new AssertionError("the page has no text field");
	}
}
