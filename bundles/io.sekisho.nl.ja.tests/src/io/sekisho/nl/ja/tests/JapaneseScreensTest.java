package io.sekisho.nl.ja.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.commands.common.CommandException;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.jface.window.Window;
import org.eclipse.jface.wizard.IWizard;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IViewPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWizard;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.handlers.IHandlerService;
import org.eclipse.ui.wizards.IWizardDescriptor;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.internal.editor.EditorTour;
import io.sekisho.ui.internal.editor.FacilityEditor;

/**
 * The screens of the real Sekisho workbench under {@code -nl ja} (see pom.xml), read as a Japanese user reads them:
 * every page of the demo's facility editor, the views Sekisho uses (Project Explorer, Outline, Properties on the
 * elements the issue named, Problems) and the dialogs and wizards Sekisho opens. An interface text without Japanese
 * fails the test, and so does any text showing a UUID, a code, a boolean or an enum literal (see {@link ScreenTexts}).
 * What was read goes to target/nl-ja-screens.txt.
 */
class JapaneseScreensTest {

	private static FacilityEditor editor;

	@BeforeAll
	static void theDemoIsOpen() {
		Display display = Display.getCurrent();
		while (display.readAndDispatch()) {
			// the start-up opens the demo hospital on the empty workspace
		}
		IEditorPart part = page().getActiveEditor();
		assertNotNull(part, "the product opens the demo hospital on an empty workspace"); //$NON-NLS-1$
		editor = (FacilityEditor) part;
	}

	private static IWorkbenchPage page() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
	}

	private static void settle() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 3; i++) {
			while (display.readAndDispatch()) {
				// drain: async refreshes after a page switch or a selection
			}
		}
	}

	@Test
	void everyPageOfTheFacilityEditorIsJapaneseWithoutCodes() throws IOException {
		ScreenTexts texts = new ScreenTexts("editor"); //$NON-NLS-1$
		EditorTour tour = new EditorTour(editor);
		List<String> pages = new ArrayList<>();
		for (FacilityPage page : editor.facilityPages()) {
			editor.showPage(page.getId());
			if ("io.sekisho.ui.page.checklist".equals(page.getId())) { //$NON-NLS-1$
				tour.checklistWithSuggestions(); // the 提案 column and the reasons below the table
			}
			if ("io.sekisho.ui.page.accounts".equals(page.getId())) { //$NON-NLS-1$
				tour.accounts(); // an account with findings: the live check shows its verdict
				tour.typePassword("KoroHospital"); //$NON-NLS-1$
				tour.awaitPasswordVerdict();
			}
			settle();
			pages.add(page.getId());
			ScreenTexts pageTexts = new ScreenTexts(page.getId());
			pageTexts.chrome("tab", page.getTitle()); //$NON-NLS-1$
			Control control = page.getPartControl();
			assertNotNull(control, page.getId());
			pageTexts.read(control);
			texts.seen.addAll(pageTexts.seen);
			texts.problems.addAll(pageTexts.problems);
		}
		write("nl-ja-screens-editor.txt", texts.seen); //$NON-NLS-1$
		assertTrue(pages.size() >= 5, pages::toString);
		assertTrue(texts.problems.isEmpty(), () -> String.join("\n", texts.problems)); //$NON-NLS-1$
	}

	@Test
	void theViewsSekishoUsesAreJapaneseWithoutIds() throws Exception {
		ScreenTexts texts = new ScreenTexts("views"); //$NON-NLS-1$
		FacilityWorkbook workbook = editor.workbook();
		page().activate(editor);

		IViewPart outline = page().showView(IPageLayout.ID_OUTLINE);
		settle();
		Tree outlineTree = findTree(outline.getViewSite().getShell(), outline);
		assertNotNull(outlineTree, "the Outline shows the facility as a tree"); //$NON-NLS-1$
		expandAll(outlineTree);
		settle();
		String root = outlineTree.getItemCount() == 0 ? "" : outlineTree.getItem(0).getText(); //$NON-NLS-1$
		assertEquals(workbook.getFacility().getName(), root, "the Outline's root is the facility by its name"); //$NON-NLS-1$
		texts.chrome("view", outline.getViewSite().getRegisteredName()); //$NON-NLS-1$
		texts.read(outlineTree);

		IViewPart explorer = page().showView(IPageLayout.ID_PROJECT_EXPLORER);
		settle();
		texts.chrome("view", explorer.getViewSite().getRegisteredName()); //$NON-NLS-1$
		Tree explorerTree = findTree(explorer.getViewSite().getShell(), explorer);
		if (explorerTree != null) {
			texts.read(explorerTree);
		}

		// Properties on the elements the issue found ids and codes on: the workbook, an account, an assessment and
		// its answer, a firmware record, a device (booleans such as remote maintenance), a finding
		IViewPart properties = page().showView(IPageLayout.ID_PROP_SHEET);
		texts.chrome("view", properties.getViewSite().getRegisteredName()); //$NON-NLS-1$
		List<Object> elements = new ArrayList<>();
		elements.add(workbook);
		workbook.getAccounts().stream().filter(a -> a.getPasswordAssessment() != null).findFirst().ifPresent(elements::add);
		workbook.getAccounts().stream().map(Account::getPasswordAssessment).filter(a -> a != null && !a.getFindingCodes().isEmpty())
				.findFirst().ifPresent(elements::add);
		workbook.getChecklistAssessments().stream().findFirst().ifPresent(a -> {
			elements.add(a);
			a.getAnswers().stream().findFirst().ifPresent(elements::add);
		});
		workbook.getFirmwareRecords().stream().findFirst().ifPresent(elements::add);
		workbook.getDevices().stream().filter(d -> d.isRemoteMaintenance()).findFirst().ifPresent(elements::add);
		workbook.getOrganizations().stream().filter(o -> o.isRemoteMaintenance()).findFirst().ifPresent(elements::add);
		workbook.getFindings().stream().findFirst().ifPresent(elements::add);
		for (Object element : elements) {
			page().activate(editor);
			editor.setSelection(new StructuredSelection(element));
			settle();
			page().showView(IPageLayout.ID_PROP_SHEET);
			settle();
			Tree sheet = findTree(properties.getViewSite().getShell(), properties);
			assertNotNull(sheet, "the Properties view shows a tree"); //$NON-NLS-1$
			expandAll(sheet);
			ScreenTexts one = new ScreenTexts("properties of " + element.getClass().getSimpleName()); //$NON-NLS-1$
			one.read(sheet);
			assertTrue(one.seen.size() > 2, () -> "the Properties view shows the element: " + one.seen); //$NON-NLS-1$
			texts.seen.addAll(one.seen);
			texts.problems.addAll(one.problems);
		}

		IViewPart problems = page().showView(IPageLayout.ID_PROBLEM_VIEW);
		settle();
		texts.chrome("view", problems.getViewSite().getRegisteredName()); //$NON-NLS-1$
		Tree problemTree = findTree(problems.getViewSite().getShell(), problems);
		if (problemTree != null) {
			expandAll(problemTree);
			texts.read(problemTree);
		}
		write("nl-ja-screens-views.txt", texts.seen); //$NON-NLS-1$
		assertTrue(texts.problems.isEmpty(), () -> String.join("\n", texts.problems)); //$NON-NLS-1$
	}

	/** The tree of a view: the visible tree inside the view's own control. */
	private static Tree findTree(Shell shell, IViewPart view) {
		Control parent = controlOf(view);
		return parent == null ? null : findTree(parent);
	}

	private static Control controlOf(IViewPart view) {
		Object control = view.getAdapter(Control.class);
		if (control instanceof Control c) {
			return c;
		}
		if (view instanceof org.eclipse.ui.part.PageBookView book && book.getCurrentPage() != null) {
			return book.getCurrentPage().getControl();
		}
		if (view instanceof org.eclipse.ui.navigator.CommonNavigator navigator) {
			return navigator.getCommonViewer().getControl();
		}
		return null;
	}

	private static Tree findTree(Control control) {
		if (control instanceof Tree tree && tree.isVisible()) {
			return tree;
		}
		if (control instanceof org.eclipse.swt.widgets.Composite composite) {
			for (Control child : composite.getChildren()) {
				Tree found = findTree(child);
				if (found != null) {
					return found;
				}
			}
		}
		return null;
	}

	/** Expands the tree two levels the way a user clicks (viewers fill children when their item is expanded). */
	private static void expandAll(Tree tree) {
		Object viewer = tree.getData("org.eclipse.jface.viewers.TreeViewer"); //$NON-NLS-1$
		if (viewer instanceof TreeViewer treeViewer) {
			treeViewer.expandToLevel(3);
			return;
		}
		for (org.eclipse.swt.widgets.TreeItem item : tree.getItems()) {
			item.setExpanded(true);
		}
	}

	@Test
	void theDialogsAndWizardsSekishoOpensAreJapanese() throws Exception {
		ScreenTexts texts = new ScreenTexts("dialogs"); //$NON-NLS-1$
		page().activate(editor);
		StructuredSelection file = new StructuredSelection(editor.file());
		// Sekisho's own wizards, from the registries as File > New / Import / Export open them
		readWizard(texts, PlatformUI.getWorkbench().getNewWizardRegistry().findWizard("io.sekisho.ui.newFacility"), file); //$NON-NLS-1$
		readWizard(texts, PlatformUI.getWorkbench().getExportWizardRegistry().findWizard("io.sekisho.ui.exportWorkbook"), file); //$NON-NLS-1$
		readWizard(texts, PlatformUI.getWorkbench().getImportWizardRegistry().findWizard("io.sekisho.ui.importAnswers"), file); //$NON-NLS-1$
		readWizard(texts, PlatformUI.getWorkbench().getImportWizardRegistry().findWizard("io.sekisho.ui.importBreached"), file); //$NON-NLS-1$
		// the platform's dialogs behind Sekisho's menus: File > New > その他..., インポート..., エクスポート...,
		// Window > ビューの表示 > その他..., 設定 (on Sekisho's page), Help > バージョン情報
		IHandlerService handlers = PlatformUI.getWorkbench().getService(IHandlerService.class);
		for (String command : List.of("org.eclipse.ui.newWizard", "org.eclipse.ui.file.import", "org.eclipse.ui.file.export", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"org.eclipse.ui.views.showView", "org.eclipse.ui.window.preferences")) { //$NON-NLS-1$ //$NON-NLS-2$
			readNextDialog(texts, command, () -> {
				try {
					handlers.executeCommand(command, null);
				} catch (CommandException e) {
					throw new IllegalStateException(command, e);
				}
			});
		}
		write("nl-ja-screens-dialogs.txt", texts.seen); //$NON-NLS-1$
		assertTrue(texts.seen.size() > 30, () -> "the dialogs were read: " + texts.seen); //$NON-NLS-1$
		assertTrue(texts.problems.isEmpty(), () -> String.join("\n", texts.problems)); //$NON-NLS-1$
	}

	private static void readWizard(ScreenTexts texts, IWizardDescriptor descriptor, StructuredSelection selection) throws Exception {
		assertNotNull(descriptor);
		IWizard wizard = descriptor.createWizard();
		if (wizard instanceof IWorkbenchWizard workbenchWizard) {
			workbenchWizard.init(PlatformUI.getWorkbench(), selection);
		}
		Shell parent = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell();
		readNextDialog(texts, descriptor.getId(), () -> new WizardDialog(parent, wizard).open());
	}

	/**
	 * Opens a modal dialog with {@code opener} and, from inside its event loop, reads the first new shell that shows
	 * (polled, no fixed sleep), then closes it, which returns from {@code opener}.
	 */
	private static void readNextDialog(ScreenTexts texts, String name, Runnable opener) {
		Display display = Display.getCurrent();
		Set<Shell> before = new HashSet<>(Arrays.asList(display.getShells()));
		long deadline = System.nanoTime() + 60_000_000_000L;
		boolean[] read = { false };
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!before.contains(shell) && !shell.isDisposed() && shell.isVisible()) {
					while (display.readAndDispatch()) {
						// let the dialog fill in its pages
					}
					ScreenTexts one = new ScreenTexts(name);
					one.read(shell);
					texts.seen.addAll(one.seen);
					texts.problems.addAll(one.problems);
					read[0] = true;
					Object window = shell.getData();
					if (window instanceof Window jface) {
						jface.close();
					} else {
						shell.close();
					}
					return;
				}
			}
			if (System.nanoTime() < deadline) {
				display.timerExec(20, poll[0]);
			}
		};
		display.asyncExec(poll[0]);
		opener.run();
		settle();
		assertTrue(read[0], name + " opened a dialog"); //$NON-NLS-1$
	}

	private static void write(String name, List<String> lines) throws IOException {
		Path target = Files.createDirectories(Path.of(System.getProperty("java.io.tmpdir"))); //$NON-NLS-1$
		Files.write(target.resolve(name), lines, StandardCharsets.UTF_8);
	}
}
