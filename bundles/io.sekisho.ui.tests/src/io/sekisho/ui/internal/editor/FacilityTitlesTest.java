package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Item;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.navigator.CommonNavigator;
import org.eclipse.ui.navigator.CommonViewer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.FacilityPackage;

/** Two facilities open: the editor tabs, the window title and the Project Explorer name each facility. */
class FacilityTitlesTest {

	private static final String SECOND_NAME = "テスト第二病院";

	private FacilityEditor first;
	private FacilityEditor second;

	@BeforeEach
	void openTwo() throws Exception {
		first = UiTestSupport.openDemoCopy();
		second = UiTestSupport.openDemoCopy();
	}

	@AfterEach
	void closeBoth() {
		UiTestSupport.close(second);
		UiTestSupport.close(first);
	}

	@Test
	void tabWindowTitleAndProjectExplorerNameTheFacility() throws Exception {
		String firstName = first.workbook().getFacility().getName();
		assertEquals(firstName, first.getPartName(), "the tab names the facility, not facility.sekisho");
		assertEquals("facility.sekisho", first.file().getName());

		second.context().execute(SetCommand.create(second.getEditingDomain(), second.workbook().getFacility(),
				FacilityPackage.Literals.FACILITY__NAME, SECOND_NAME));
		waitUntil(() -> SECOND_NAME.equals(second.getPartName()), "the tab follows a renamed facility");
		assertNotEquals(first.getPartName(), second.getPartName());
		assertTrue(second.getTitleToolTip().contains(second.file().getFullPath().makeRelative().toString()), second.getTitleToolTip());

		String windowTitle = windowTitle();
		assertTrue(windowTitle.startsWith(SECOND_NAME) && windowTitle.endsWith("Sekisho"), windowTitle);
		first.getSite().getPage().activate(first);
		waitUntil(() -> windowTitle().startsWith(firstName), "the window title follows the active facility: " + windowTitle());

		second.doSave(null);
		assertFalse(second.isDirty());
		String saved = java.nio.file.Files.readString(second.file().getLocation().toFile().toPath());
		assertTrue(saved.contains(SECOND_NAME), "saved: " + saved.substring(0, 600) + " model: " + second.workbook().getFacility().getName());
		assertLabelContains(first.file(), firstName);
		assertLabelContains(second.file(), SECOND_NAME);
	}

	private static String windowTitle() {
		return PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell().getText();
	}

	private static void assertLabelContains(IFile file, String name) throws Exception {
		CommonNavigator explorer = (CommonNavigator) PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage()
				.showView(IPageLayout.ID_PROJECT_EXPLORER);
		CommonViewer viewer = explorer.getCommonViewer();
		viewer.expandToLevel(file.getProject(), 1);
		viewer.refresh(file);
		waitUntil(() -> {
			Widget item = viewer.testFindItem(file);
			return item instanceof Item treeItem && treeItem.getText().contains(name) && treeItem.getText().contains(file.getName());
		}, () -> "Project Explorer shows " + name + " beside " + file.getFullPath() + ", label: "
				+ (viewer.testFindItem(file) instanceof Item item ? item.getText() : null) + ", name in the file: "
				+ io.sekisho.ui.internal.explorer.FacilityNameDecorator.readName(file));
	}

	/** Runs the event loop until {@code condition} holds (decorations and title updates are asynchronous), at most 10 s. */
	private static void waitUntil(BooleanSupplier condition, String what) {
		waitUntil(condition, () -> what);
	}

	private static void waitUntil(BooleanSupplier condition, java.util.function.Supplier<String> what) {
		Display display = Display.getCurrent();
		long end = System.currentTimeMillis() + 10_000;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > end) {
				throw new AssertionError("timed out: " + what.get());
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
				});
				display.sleep();
			}
		}
	}
}
