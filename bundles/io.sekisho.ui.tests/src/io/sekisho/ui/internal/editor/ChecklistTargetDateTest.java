package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.widgets.TableItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.core.time.FiscalYear;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.markers.ProblemMarkers;

/**
 * Accepting a suggested いいえ asks for its target date (the fiscal year's last day proposed), or leaves the answer
 * marked as needing one; the suggestions are still shown after a save.
 */
class ChecklistTargetDateTest {

	/** the 提案 column of the checklist table (番号, 項目, 対象, 提案 ...) */
	private static final int SUGGESTION_COLUMN = 3;
	private static final int TARGET_DATE_COLUMN = 8;

	private FacilityEditor editor;
	private ChecklistPage page;
	private ChecklistAssessment assessment;

	@BeforeEach
	void openChecklistWithSuggestions() throws Exception {
		editor = UiTestSupport.openDemoCopy();
		new EditorTour(editor).checklistWithSuggestions();
		UiTestSupport.settle();
		page = (ChecklistPage) editor.findPage(BuiltInPages.CHECKLIST);
		assessment = page.current();
	}

	@AfterEach
	void closeEditor() {
		UiTestSupport.close(editor);
	}

	private Suggestion openNo() {
		return page.suggestionsShown().stream().filter(s -> s.open() && s.answer() == Answer.NO)
				.filter(s -> s.item().getNumber() != null).findFirst()
				.orElseThrow(() -> new AssertionError("the demo's evidence suggests an open いいえ (2-⑦, short passwords)"));
	}

	private ChecklistAnswer answerOf(Suggestion suggestion) {
		return Assessments.answer(assessment, suggestion.item().getId(), suggestion.columnId()).orElse(null);
	}

	private TableItem rowOf(Suggestion suggestion) {
		return Arrays.stream(page.viewer().getTable().getItems())
				.filter(item -> item.getData() instanceof ChecklistSlot slot && slot.item() == suggestion.item()
						&& slot.columnId().equals(suggestion.columnId()))
				.findFirst().orElseThrow();
	}

	@Test
	void acceptingANoAsksForTheTargetDateProposingTheFiscalYearsEndAndTheSaveShowsNoError() throws Exception {
		Suggestion no = openNo();
		LocalDate yearEnd = new FiscalYear(assessment.getFiscalYear()).lastDay();
		String[] proposed = new String[1];
		DialogDriver.whenOpen(TargetDateDialog.class, dialog -> {
			proposed[0] = dialog.dateField().getText();
			DialogDriver.click(dialog.button(IDialogConstants.OK_ID));
		});
		page.accept(List.of(no));
		UiTestSupport.settle();

		assertEquals(yearEnd.toString(), proposed[0], "the fiscal year's last day is proposed");
		ChecklistAnswer answer = answerOf(no);
		assertEquals(Answer.NO, answer.getRound1());
		assertEquals(yearEnd, answer.getTargetDate());
		assertEquals(yearEnd.toString(), rowOf(no).getText(TARGET_DATE_COLUMN));

		editor.doSave(null);
		UiTestSupport.settle();
		assertFalse(editor.isDirty());
		String fragment = answer.eResource().getURIFragment(answer);
		for (IMarker marker : editor.file().findMarkers(ProblemMarkers.MARKER_TYPE, true, IResource.DEPTH_ZERO)) {
			boolean aboutThisAnswer = fragment.equals(marker.getAttribute(ProblemMarkers.ELEMENT_ATTRIBUTE, "")); //$NON-NLS-1$
			assertFalse(aboutThisAnswer && marker.getAttribute(IMarker.SEVERITY, -1) == IMarker.SEVERITY_ERROR,
					"no error about the accepted answer after the save: " + marker.getAttribute(IMarker.MESSAGE, "")); //$NON-NLS-1$
		}
		assertFalse(page.suggestionsShown().isEmpty(), "the suggestions survive the save");
		assertFalse(rowOf(no).getText(SUGGESTION_COLUMN).isEmpty(), "the 提案 column still shows the suggestion after the save");
	}

	@Test
	void acceptingANoWithoutADateLeavesItMarkedAsNeedingOne() {
		Suggestion no = openNo();
		DialogDriver.whenOpen(TargetDateDialog.class, dialog -> DialogDriver.click(dialog.button(TargetDateDialog.WITHOUT_DATE_ID)));
		page.accept(List.of(no));
		UiTestSupport.settle();

		ChecklistAnswer answer = answerOf(no);
		assertEquals(Answer.NO, answer.getRound1());
		assertNull(answer.getTargetDate());
		assertEquals(Messages.Label_targetDateNeeded, rowOf(no).getText(TARGET_DATE_COLUMN));
	}

	@Test
	void cancellingTheQuestionAcceptsNothing() {
		Suggestion no = openNo();
		int answersBefore = assessment.getAnswers().size();
		DialogDriver.whenOpen(TargetDateDialog.class, dialog -> DialogDriver.click(dialog.button(IDialogConstants.CANCEL_ID)));
		page.accept(List.of(no));
		UiTestSupport.settle();

		assertTrue(answerOf(no) == null || answerOf(no).getRound1() == Answer.UNANSWERED);
		assertEquals(answersBefore, assessment.getAnswers().size());
		assertFalse(editor.isDirty());
	}

	@Test
	void aDateThatIsNotADateCannotBeAccepted() {
		Suggestion no = openNo();
		boolean[] okEnabled = new boolean[1];
		DialogDriver.whenOpen(TargetDateDialog.class, dialog -> {
			dialog.dateField().setText("2026-02-30"); //$NON-NLS-1$
			okEnabled[0] = dialog.button(IDialogConstants.OK_ID).isEnabled();
			dialog.dateField().setText("2027/3/31"); //$NON-NLS-1$
			DialogDriver.click(dialog.button(IDialogConstants.OK_ID));
		});
		page.accept(List.of(no));
		UiTestSupport.settle();

		assertFalse(okEnabled[0], "a day that does not exist is refused");
		assertEquals(LocalDate.of(2027, 3, 31), answerOf(no).getTargetDate());
	}
}
