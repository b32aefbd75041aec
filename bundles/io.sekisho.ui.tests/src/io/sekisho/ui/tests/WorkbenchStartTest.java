package io.sekisho.ui.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PlatformUI;
import org.junit.jupiter.api.Test;

import io.sekisho.ui.internal.SekishoPerspective;

/** Runs inside the real Sekisho workbench (tycho-surefire UI harness with io.sekisho.ui.application). */
class WorkbenchStartTest {

	@Test
	void workbenchOpensTheSekishoPerspectiveInAWindowTitledSekishoAndTheActiveFacility() {
		assertTrue(PlatformUI.isWorkbenchRunning());
		assertNotNull(Display.getCurrent(), "must run on the UI thread");
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		assertNotNull(window);
		IWorkbenchPage page = window.getActivePage();
		assertEquals(SekishoPerspective.ID, page.getPerspective().getId());
		// the title names the facility of the active editor (the demo opened at the first start), else only the product
		String title = window.getShell().getText();
		assertTrue(title.equals("Sekisho") || page.getActiveEditor() != null
				&& title.equals(page.getActiveEditor().getTitle() + " - Sekisho"), title);
	}

	@Test
	void perspectiveShowsTheWorkspaceInTheProjectExplorer() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		assertNotNull(page.findView(IPageLayout.ID_PROJECT_EXPLORER), "Project Explorer is open");
		assertNotNull(page.findViewReference(IPageLayout.ID_PROBLEM_VIEW), "Problems view is in the layout");
		assertNotNull(page.findViewReference(IPageLayout.ID_PROP_SHEET), "Properties view is in the layout");
		assertEquals(ResourcesPlugin.getWorkspace().getRoot(), page.getInput());
	}
}
