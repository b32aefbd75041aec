package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.views.properties.IPropertySheetPage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.Device;
import io.sekisho.ui.editor.ModelTable;
import io.sekisho.ui.internal.markers.ProblemMarkers;

/** The facility editor on a copy of the demo hospital, driven through its widgets. */
class FacilityEditorTest {

	private FacilityEditor editor;

	@BeforeEach
	void openDemo() throws Exception {
		editor = UiTestSupport.openDemoCopy();
	}

	@AfterEach
	void closeEditor() {
		UiTestSupport.close(editor);
	}

	@Test
	void demoOpensWithEveryPagePopulated() {
		EditorTour tour = new EditorTour(editor);
		tour.devices();
		UiTestSupport.settle();
		DevicesPage devices = (DevicesPage) editor.findPage(BuiltInPages.DEVICES);
		assertEquals(editor.workbook().getDevices().size(), devices.table().viewer().getTable().getItemCount());
		assertTrue(devices.table().viewer().getTable().getItemCount() >= 100, "the demo has ~150 devices");
		tour.accounts();
		UiTestSupport.settle();
		assertTrue(((AccountsPage) editor.findPage(BuiltInPages.ACCOUNTS)).table().viewer().getTable().getItemCount() > 0);
		tour.checklistWithSuggestions();
		UiTestSupport.settle();
		ChecklistPage checklist = (ChecklistPage) editor.findPage(BuiltInPages.CHECKLIST);
		assertFalse(checklist.suggestionsShown().isEmpty(), "the demo's evidence gives suggestions");
		tour.contactsAndFindings();
		UiTestSupport.settle();
		assertFalse(editor.workbook().getContacts().isEmpty());
	}

	@Test
	void editingADeviceNameInTheTableIsUndoable() {
		editor.showPage(BuiltInPages.DEVICES);
		UiTestSupport.settle();
		DevicesPage page = (DevicesPage) editor.findPage(BuiltInPages.DEVICES);
		Device device = editor.workbook().getDevices().get(0);
		String before = device.getName();

		page.table().viewer().editElement(device, 0);
		Text cell = activeTextEditor(page.table().viewer().getTable());
		cell.setText("UTM-renamed");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		UiTestSupport.settle();

		assertEquals("UTM-renamed", device.getName());
		assertTrue(editor.isDirty());
		undo();
		assertEquals(before, device.getName());
		assertFalse(editor.isDirty(), "undoing the only change leaves nothing to save");
	}

	@Test
	void pastedExcelRowsBecomeDevicesInOneUndoableStep() {
		editor.showPage(BuiltInPages.DEVICES);
		UiTestSupport.settle();
		ModelTable table = ((DevicesPage) editor.findPage(BuiltInPages.DEVICES)).table();
		int before = editor.workbook().getDevices().size();
		assertEquals(2, table.pasteRows("PC-NEW-01\tCLIENT_PC\n\nPC-NEW-02\tCLIENT_PC\n"));
		assertEquals(before + 2, editor.workbook().getDevices().size());
		assertEquals("PC-NEW-02", editor.workbook().getDevices().get(before + 1).getName());
		undo();
		assertEquals(before, editor.workbook().getDevices().size());
	}

	@Test
	void acceptingSuggestionsAnswersTheChecklistAndCanBeUndone() {
		EditorTour tour = new EditorTour(editor);
		tour.checklistWithSuggestions();
		UiTestSupport.settle();
		ChecklistPage page = (ChecklistPage) editor.findPage(BuiltInPages.CHECKLIST);
		ChecklistAssessment assessment = (ChecklistAssessment) ((StructuredSelection) editor.getSite().getSelectionProvider()
				.getSelection()).getFirstElement();
		long answeredBefore = answered(assessment);
		// the いいえ among them ask for their target date (ChecklistTargetDateTest): set it later
		DialogDriver.whenOpen(TargetDateDialog.class, dialog -> DialogDriver.click(dialog.button(TargetDateDialog.WITHOUT_DATE_ID)));
		page.accept(page.suggestionsShown());
		UiTestSupport.settle();
		assertTrue(answered(assessment) > answeredBefore, "accepted suggestions became answers");
		assertTrue(assessment.getAnswers().stream().anyMatch(a -> a.getRound1() == Answer.NO && a.getRound1Date() != null));
		undo();
		assertEquals(answeredBefore, answered(assessment));
	}

	@Test
	void answeringAChecklistItemInItsCellIsDatedAndUndoable() {
		editor.showPage(BuiltInPages.CHECKLIST);
		UiTestSupport.settle();
		ChecklistPage page = (ChecklistPage) editor.findPage(BuiltInPages.CHECKLIST);
		ChecklistAssessment assessment = page.current();
		ChecklistSlot open = null;
		for (int i = 0; open == null; i++) {
			ChecklistSlot slot = (ChecklistSlot) page.viewer().getElementAt(i);
			boolean answered = io.sekisho.checklist.assessment.Assessments.answer(assessment, slot.item().getId(), slot.columnId())
					.map(a -> a.getRound1() != Answer.UNANSWERED).orElse(false);
			open = answered ? null : slot;
		}
		ChecklistSlot slot = open;
		page.viewer().editElement(slot, 4); // 1回目
		org.eclipse.swt.custom.CCombo combo = java.util.Arrays.stream(page.viewer().getTable().getChildren())
				.filter(c -> c instanceof org.eclipse.swt.custom.CCombo && c.isVisible())
				.map(c -> (org.eclipse.swt.custom.CCombo) c).findFirst().orElseThrow();
		combo.select(2); // いいえ
		combo.notifyListeners(SWT.DefaultSelection, new Event());
		UiTestSupport.settle();

		ChecklistAnswer answer = io.sekisho.checklist.assessment.Assessments.answer(assessment, slot.item().getId(), slot.columnId())
				.orElseThrow();
		assertEquals(Answer.NO, answer.getRound1());
		assertEquals(java.time.LocalDate.now(), answer.getRound1Date(), "an answer gets today's date");
		undo();
		assertTrue(io.sekisho.checklist.assessment.Assessments.answer(assessment, slot.item().getId(), slot.columnId())
				.map(a -> a.getRound1() == Answer.UNANSWERED).orElse(true));
	}

	@Test
	void aCheckedPasswordReachesTheModelOnlyAsAnAssessment() throws Exception {
		new EditorTour(editor).accounts();
		UiTestSupport.settle();
		AccountsPage page = (AccountsPage) editor.findPage(BuiltInPages.ACCOUNTS);
		Account account = editor.workbook().getAccounts().get(0);
		new EditorTour(editor).selectAccount(account);
		page.table().viewer().setSelection(new StructuredSelection(account), true);
		UiTestSupport.settle();

		String secret = "KoroHospital2024!";
		page.passwordArea().passwordField().setText(secret);
		page.passwordArea().checkNow(); // off the UI thread: the verdict arrives through the event loop
		assertTrue(UiTestSupport.waitUntil(() -> page.passwordArea().verdictText().contains(io.sekisho.core.labels.PasswordVerdict.REJECTED.label())),
				page.passwordArea().verdictText());
		page.passwordArea().storeAssessment();
		UiTestSupport.settle();

		assertNotNull(account.getPasswordAssessment());
		assertFalse(account.getPasswordAssessment().getFindingCodes().isEmpty());
		assertEquals("", page.passwordArea().passwordField().getText(), "the field is emptied after storing");
		editor.doSave(null);
		Path file = editor.file().getLocation().toFile().toPath();
		String saved = Files.readString(file, StandardCharsets.UTF_8);
		assertFalse(saved.contains(secret), "the password must not be in the .sekisho file");
		assertFalse(saved.contains("KoroHospital2024"), "not even without its last character");
		assertTrue(saved.contains(account.getPasswordAssessment().getFindingCodes().get(0)));
	}

	@Test
	void savingValidatesIntoProblemMarkersThatLeadBackToTheElement() throws Exception {
		Device device = editor.workbook().getDevices().get(1);
		editor.getEditingDomain().getCommandStack().execute(org.eclipse.emf.edit.command.SetCommand.create(
				editor.getEditingDomain(), device, io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__IP_ADDRESSES,
				List.of("999.1.1.1")));
		editor.doSave(null);
		IMarker[] markers = editor.file().findMarkers(ProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO);
		IMarker ipMarker = java.util.Arrays.stream(markers)
				.filter(m -> m.getAttribute(IMarker.MESSAGE, "").contains("999.1.1.1")).findFirst().orElseThrow();
		editor.showPage(BuiltInPages.OVERVIEW);
		editor.gotoMarker(ipMarker);
		UiTestSupport.settle();
		assertEquals(BuiltInPages.DEVICES, editor.getActivePageInstance().getId());
		assertEquals(device, ((StructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement());
	}

	@Test
	void propertiesViewEditsGoThroughTheCommandStack() {
		Device device = editor.workbook().getDevices().get(2);
		IPropertySheetPage sheet = editor.getAdapter(IPropertySheetPage.class);
		assertNotNull(sheet);
		var source = new io.sekisho.ui.emf.ItemPropertySourceProvider(editor.adapterFactory()).getPropertySource(device);
		Object nameId = java.util.Arrays.stream(source.getPropertyDescriptors())
				.filter(d -> d.getId().toString().contains("name") || "name".equals(d.getDisplayName().toLowerCase()))
				.findFirst().orElseThrow().getId();
		String before = device.getName();
		source.setPropertyValue(nameId, "renamed-in-properties");
		assertEquals("renamed-in-properties", device.getName());
		assertNotEquals(before, device.getName());
		undo();
		assertEquals(before, device.getName());
	}

	@Test
	void aFieldWithTheFocusFollowsAChangeMadeElsewhereAndDoesNotWriteItBack() {
		editor.showPage(BuiltInPages.OVERVIEW);
		UiTestSupport.settle();
		String before = editor.workbook().getFacility().getName();
		Text field = findText(editor.findPage(BuiltInPages.OVERVIEW).getPartControl(), before);
		field.setFocus();
		editor.context().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), editor.workbook().getFacility(),
				io.sekisho.model.facility.FacilityPackage.Literals.FACILITY__NAME, "別の名前の病院"));
		UiTestSupport.settle();
		assertEquals("別の名前の病院", field.getText(), "the focused field shows the change");
		field.notifyListeners(SWT.FocusOut, new Event());
		UiTestSupport.settle();
		assertEquals("別の名前の病院", editor.workbook().getFacility().getName(), "leaving the field does not write the old text back");
		undo();
		assertEquals(before, field.getText());
		assertEquals(before, editor.workbook().getFacility().getName());
	}

	private static Text findText(Control control, String content) {
		if (control instanceof Text text && content.equals(text.getText())) {
			return text;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				Text found = findText(child, content);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	private void undo() {
		IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		assertTrue(undo.isEnabled());
		undo.run();
		UiTestSupport.settle();
	}

	private static long answered(ChecklistAssessment assessment) {
		return assessment.getAnswers().stream().map(ChecklistAnswer::getRound1).filter(a -> a != Answer.UNANSWERED).count();
	}

	private static Text activeTextEditor(org.eclipse.swt.widgets.Composite table) {
		for (Control child : table.getChildren()) {
			if (child instanceof Text text && text.isVisible()) {
				return text;
			}
		}
		throw new AssertionError("no cell editor is active");
	}

	/** Issue 18 item 2 / issue 19 item 17: one key for sekishoc and the rich client, so reuse is seen across them. */
	@Test
	void aPasswordAssessedWithSekishocAtAnotherFacilityIsFoundWhileTyping() throws Exception {
		String shared = "Hq8#Tz4!mW2$Rk9p";
		// exactly what "sekishoc passwords assess" does: the vault and key of the configuration folder
		io.sekisho.model.facility.FacilityWorkbook other = io.sekisho.model.Workbooks.create();
		other.getFacility().setName("北町クリニック");
		Account vpn = io.sekisho.model.facility.FacilityFactory.eINSTANCE.createAccount();
		vpn.setUserName("admin");
		other.getAccounts().add(vpn);
		io.sekisho.model.ModelIds.ensureIds(other); // as a loaded file has them
		new io.sekisho.password.assessment.AccountPasswords(new io.sekisho.password.PasswordChecker(io.sekisho.password.PasswordCatalog.fromPlatform()))
				.assess(other, vpn, shared.toCharArray(), io.sekisho.password.PasswordCatalog.fromPlatform().defaultProfile(),
						java.util.Optional.of(io.sekisho.password.vault.FilePasswordVault.inConfigFolder()), java.util.Optional.empty());

		new EditorTour(editor).accounts();
		UiTestSupport.settle();
		AccountsPage page = (AccountsPage) editor.findPage(BuiltInPages.ACCOUNTS);
		Account account = editor.workbook().getAccounts().get(1);
		page.table().viewer().setSelection(new StructuredSelection(account), true);
		UiTestSupport.settle();
		page.passwordArea().passwordField().setText(shared);
		page.passwordArea().checkNow();
		assertTrue(UiTestSupport.waitUntil(() -> page.passwordArea().findingsText()
				.contains(io.sekisho.core.labels.PasswordFindingLabels.label("reused-across-facilities"))), // by name, not code
				page.passwordArea().verdictText() + " / " + page.passwordArea().findingsText());
		assertTrue(page.passwordArea().findingsText().contains("北町クリニック"), page.passwordArea().findingsText());
		page.passwordArea().passwordField().setText("");
	}
}
