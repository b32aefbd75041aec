package io.sekisho.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;

import io.sekisho.model.facility.Account;
import io.sekisho.ui.internal.wizards.ExportWorkbookWizard;

/**
 * Drives an open facility editor through its pages the way a user would, for the screenshots and the UI tests:
 * one method per screen, each leaving the screen in a state worth looking at.
 */
public final class EditorTour {

	private final FacilityEditor editor;

	public EditorTour(IEditorPart part) {
		this.editor = (FacilityEditor) part;
	}

	public FacilityEditor editor() {
		return editor;
	}

	public void overview() {
		editor.showPage(BuiltInPages.OVERVIEW);
	}

	public void devices() {
		editor.showPage(BuiltInPages.DEVICES);
	}

	/** The accounts page with the first account that has password findings selected. */
	public void accounts() {
		editor.showPage(BuiltInPages.ACCOUNTS);
		editor.workbook().getAccounts().stream()
				.filter(a -> a.getPasswordAssessment() != null && !a.getPasswordAssessment().getFindingCodes().isEmpty())
				.findFirst().ifPresent(this::selectAccount);
	}

	/** Types {@code password} into the live check of the selected account, as a user would; nothing is stored. */
	public void typePassword(String password) {
		PasswordCheckArea area = ((AccountsPage) editor.findPage(BuiltInPages.ACCOUNTS)).passwordArea();
		area.passwordField().setText(password);
		area.checkNow();
	}

	/**
	 * Runs the event loop until the live check typed with {@link #typePassword} shows its verdict (it runs in the
	 * background), at most 30 s.
	 */
	public void awaitPasswordVerdict() {
		PasswordCheckArea area = ((AccountsPage) editor.findPage(BuiltInPages.ACCOUNTS)).passwordArea();
		org.eclipse.swt.widgets.Display display = area.passwordField().getDisplay();
		long deadline = System.nanoTime() + 30_000_000_000L;
		while (area.findingsText().isEmpty() && System.nanoTime() < deadline) {
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
					// wakes the loop to look again
				});
				display.sleep();
			}
		}
	}

	public void selectAccount(Account account) {
		AccountsPage page = (AccountsPage) editor.findPage(BuiltInPages.ACCOUNTS);
		page.reveal(account);
		page.table().viewer().setSelection(new StructuredSelection(account), true);
		editor.setSelection(new StructuredSelection(account));
	}

	/** The checklist page on the facility's first assessment, with the suggestions computed and the first one selected. */
	public void checklistWithSuggestions() {
		editor.showPage(BuiltInPages.CHECKLIST);
		ChecklistPage page = (ChecklistPage) editor.findPage(BuiltInPages.CHECKLIST);
		page.suggest();
		page.selectFirstSuggestion();
	}

	public void contactsAndFindings() {
		editor.showPage(BuiltInPages.CONTACTS_FINDINGS);
	}

	/** The firmware register page, when the firmware module is installed: past-due plans in red. */
	public boolean firmware() {
		return editor.showPage(io.sekisho.ui.internal.dashboard.Dashboard.FIRMWARE_PAGE);
	}

	/** Opens the Export Workbook wizard on this file, hands its shell to {@code whileOpen}, then cancels it. */
	public void openExportWizard(Consumer<Shell> whileOpen) {
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		ExportWorkbookWizard wizard = new ExportWorkbookWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(editor.file()));
		WizardDialog dialog = new WizardDialog(parent, wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			whileOpen.accept(dialog.getShell());
		} finally {
			dialog.close();
		}
	}
}
