package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.IWizardPage;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.sekisho.core.ConfigFolder;
import io.sekisho.model.facility.Account;
import io.sekisho.testing.secrets.SecretScanner;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.wizards.ExportWorkbookWizard;
import io.sekisho.ui.internal.wizards.ImportAnswersWizard;

/**
 * The rich client's part of the plaintext-secret sweep: passwords typed into the live check of two facilities (the
 * second finds the first through the vault), one typed and only checked, a workbook password typed twice into the
 * export wizard and once into the import's password dialog; both facilities saved (so the demo copies get their
 * .bak), the workbook exported and imported back. Then every file written or changed since the start under the
 * workspace (with .metadata and its logs), the configuration folder (vault, key) and the temporary folder is
 * searched for each password in UTF-8, UTF-16LE/BE, hex, base64 and XML-escaped, inside zip entries and inside the
 * encrypted workbook decrypted with its password ({@link SecretScanner}). One hit fails naming file and offset;
 * the files with secrets are owner-only.
 */
class UiSecretSweepTest {

	@Test
	void noPasswordTypedIntoTheRichClientReachesAFileItWritesOrChanges() throws Exception {
		long start = System.currentTimeMillis() - 2_000; // file times are coarser than the clock
		// built at run time: the class file (not written by the run, so not searched anyway) holds no whole password
		String reused = "Kōro§関所-" + "Vault&<Reuse>" + "\"-2026"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String checkedOnly = "Ünter-ﬂ-" + "Live<Check>&" + "77z"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String workbookPassword = "Wb-" + "Pässwort関所&<>" + "-9Qx#Lm"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		SecretScanner scanner = new SecretScanner().secret("reused at two facilities", reused) //$NON-NLS-1$
				.secret("checked only", checkedOnly).workbookPassword("workbook", workbookPassword); //$NON-NLS-1$ //$NON-NLS-2$

		FacilityEditor first = UiTestSupport.openDemoCopy();
		FacilityEditor second = UiTestSupport.openDemoCopy();
		Path workbook = first.file().getLocation().toFile().toPath().resolveSibling("handover-protected.xlsx"); //$NON-NLS-1$
		try {
			Account a = store(first, 0, reused);
			Account b = store(second, 1, reused);
			assertTrue(b.getPasswordAssessment().getFindingCodes().contains("reused-across-facilities"), //$NON-NLS-1$
					"the second facility found the first through the vault: " + b.getPasswordAssessment().getFindingCodes()); //$NON-NLS-1$
			assertNotNull(a.getPasswordAssessment());
			check(second, 2, checkedOnly);
			first.doSave(null);
			second.doSave(null);
			UiTestSupport.settle();

			exportThroughTheWizard(first, workbook, workbookPassword);
			importThroughTheWizard(first, workbook, workbookPassword);
			first.doSave(null);
			UiTestSupport.settle();
		} catch (Throwable t) {
			// the editors are closed below; what failed first must not be hidden by a failure while closing
			try {
				UiTestSupport.close(first);
				UiTestSupport.close(second);
			} catch (Throwable closing) {
				t.addSuppressed(closing);
			}
			throw t;
		}
		// the folders of this test's two facilities: the owner-only check is about what Sekisho wrote for them, not
		// about files other tests put into the shared workspace
		List<Path> ownProjects = List.of(projectFolder(first), projectFolder(second));
		UiTestSupport.close(first);
		UiTestSupport.close(second);

		Path workspace = ResourcesPlugin.getWorkspace().getRoot().getLocation().toFile().toPath();
		Path config = ConfigFolder.path();
		Path temp = Path.of(System.getProperty("java.io.tmpdir")); //$NON-NLS-1$
		Set<Path> changed = new LinkedHashSet<>();
		for (Path root : List.of(workspace, config, temp)) {
			changed.addAll(changedSince(root, start));
		}
		changed.addAll(changedSince(config, 0)); // the whole configuration folder: the key may be older than this test
		List<String> names = changed.stream().map(p -> p.getFileName().toString()).toList();
		for (String expected : new String[] { "facility.sekisho", "facility.sekisho.bak", "password-vault.tsv", "vault.key", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				"handover-protected.xlsx" }) { //$NON-NLS-1$
			assertTrue(names.contains(expected), "searched: " + expected + " (" + names + ")"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		List<SecretScanner.Hit> hits = new ArrayList<>();
		for (Path file : changed) {
			hits.addAll(scanner.scanFile(file));
		}
		assertEquals(List.of(), hits, "a password reached a file (" + changed.size() + " files searched)"); //$NON-NLS-1$ //$NON-NLS-2$
		for (Path file : changed) {
			String name = file.getFileName().toString();
			boolean ours = file.startsWith(config) || ownProjects.stream().anyMatch(file::startsWith);
			if (ours && (name.endsWith(".sekisho") || name.endsWith(".sekisho.bak") || name.equals("password-vault.tsv") || name.equals("vault.key"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)), file + " is owner-only"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config)), "the configuration folder is owner-only"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Path projectFolder(FacilityEditor editor) {
		return ((org.eclipse.ui.IFileEditorInput) editor.getEditorInput()).getFile().getProject().getLocation().toFile().toPath();
	}

	/** Types the password into the live check of the account, waits for the verdict and stores the assessment. */
	private static Account store(FacilityEditor editor, int index, String password) {
		Account account = check(editor, index, password);
		AccountsPage page = (AccountsPage) editor.findPage(BuiltInPages.ACCOUNTS);
		page.passwordArea().storeAssessment();
		UiTestSupport.waitUntilTrue(() -> account.getPasswordAssessment() != null, "the assessment is stored"); //$NON-NLS-1$
		assertEquals("", page.passwordArea().passwordField().getText(), "the field is emptied after storing"); //$NON-NLS-1$ //$NON-NLS-2$
		return account;
	}

	private static Account check(FacilityEditor editor, int index, String password) {
		editor.getSite().getPage().activate(editor);
		new EditorTour(editor).accounts();
		UiTestSupport.settle();
		AccountsPage page = (AccountsPage) editor.findPage(BuiltInPages.ACCOUNTS);
		Account account = editor.workbook().getAccounts().get(index);
		page.table().viewer().setSelection(new StructuredSelection(account), true);
		UiTestSupport.settle();
		String before = page.passwordArea().verdictText();
		page.passwordArea().passwordField().setText(password);
		page.passwordArea().checkNow();
		UiTestSupport.waitUntilTrue(() -> !page.passwordArea().verdictText().isBlank() && !page.passwordArea().verdictText().equals(before),
				"a verdict for the typed password"); //$NON-NLS-1$
		return account;
	}

	private static void exportThroughTheWizard(FacilityEditor editor, Path target, String password) {
		ExportWorkbookWizard wizard = new ExportWorkbookWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(editor.file()));
		WizardDialog dialog = new WizardDialog(editor.getSite().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			List<Text> texts = texts(dialog.getShell());
			Text file = texts.stream().filter(t -> (t.getStyle() & SWT.PASSWORD) == 0).findFirst().orElseThrow();
			List<Text> passwords = texts.stream().filter(t -> (t.getStyle() & SWT.PASSWORD) != 0).toList();
			assertEquals(2, passwords.size(), "password and confirmation"); //$NON-NLS-1$
			file.setText(target.toString());
			passwords.get(0).setText(password);
			passwords.get(1).setText(password);
			assertTrue(wizard.canFinish(), String.valueOf(wizard.getPages()[0].getDescription()));
			assertTrue(wizard.performFinish());
		} finally {
			dialog.close();
		}
		// when done, the export asks whether to open the folder (a modal question): answered by closing it
		Display display = Display.getCurrent();
		boolean[] asked = new boolean[1];
		Runnable decline = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (!shell.isDisposed() && Messages.Export_doneTitle.equals(shell.getText())) {
						shell.close();
						asked[0] = true;
						return;
					}
				}
				display.timerExec(50, this);
			}
		};
		display.timerExec(50, decline);
		try {
			UiTestSupport.waitUntilTrue(() -> asked[0], "the export job finished and offered to open the folder"); //$NON-NLS-1$
		} finally {
			display.timerExec(-1, decline);
		}
		assertTrue(Files.isRegularFile(target), "the export job wrote " + target); //$NON-NLS-1$
		UiTestSupport.settle();
	}

	/** The import reads the encrypted workbook; its password is typed into the dialog the import opens. */
	private static void importThroughTheWizard(FacilityEditor editor, Path workbook, String password) {
		ImportAnswersWizard wizard = new ImportAnswersWizard();
		wizard.init(PlatformUI.getWorkbench(), new StructuredSelection(editor.file()));
		WizardDialog dialog = new WizardDialog(editor.getSite().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		boolean[] answered = new boolean[1];
		Display display = Display.getCurrent();
		Runnable answer = new Runnable() {
			@Override
			public void run() {
				for (Shell shell : display.getShells()) {
					if (Messages.Import_passwordTitle.equals(shell.getText()) && !shell.isDisposed()) {
						Text field = texts(shell).stream().filter(t -> (t.getStyle() & SWT.PASSWORD) != 0).findFirst().orElseThrow();
						field.setText(password);
						shell.getDefaultButton().notifyListeners(SWT.Selection, new Event());
						answered[0] = true;
						return;
					}
				}
				display.timerExec(50, this); // the dialog opens from the reading thread; look again
			}
		};
		try {
			IWizardPage source = wizard.getPages()[0];
			texts(dialog.getShell()).get(0).setText(workbook.toString());
			display.timerExec(50, answer);
			IWizardPage preview = source.getNextPage(); // reads the workbook, asking for its password
			assertTrue(answered[0], "the import asked for the workbook's password"); //$NON-NLS-1$
			assertNotNull(preview);
			assertEquals(null, source.getErrorMessage(), "the protected workbook was read with its password"); //$NON-NLS-1$
			dialog.showPage(preview);
			if (wizard.canFinish()) {
				assertTrue(wizard.performFinish());
			}
		} finally {
			display.timerExec(-1, answer);
			dialog.close();
		}
		UiTestSupport.settle();
	}

	private static List<Text> texts(Control control) {
		List<Text> found = new ArrayList<>();
		if (control instanceof Text text) {
			found.add(text);
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				found.addAll(texts(child));
			}
		}
		return found;
	}

	private static List<Path> changedSince(Path root, long start) throws IOException {
		if (!Files.isDirectory(root)) {
			return List.of();
		}
		try (Stream<Path> files = Files.walk(root)) {
			return files.filter(Files::isRegularFile).filter(p -> {
				try {
					return Files.getLastModifiedTime(p).toMillis() >= start;
				} catch (IOException e) {
					return false; // removed while walking (a temporary file): nothing left to search
				}
			}).toList();
		}
	}
}
