package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.jface.action.IAction;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Tree;
import org.eclipse.swt.widgets.TreeItem;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySheetEntry;
import org.eclipse.ui.views.properties.PropertySheet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.Device;
import io.sekisho.ui.emf.ItemPropertySourceProvider;

/**
 * The Properties view as a user works it: the device selected in the editor shows in the view; its name typed into
 * the view's cell editor for that row changes the device through the editor's command stack (dirty, undoable with
 * the editor's Undo), and the view shows the name again after the undo.
 */
class PropertiesViewTest {

	private FacilityEditor editor;

	@BeforeEach
	void open() throws Exception {
		editor = UiTestSupport.openDemoCopy();
	}

	@AfterEach
	void close() {
		UiTestSupport.close(editor);
	}

	@Test
	void aNameTypedIntoThePropertiesViewIsACommandOnTheEditorsStack() throws Exception {
		Device device = editor.workbook().getDevices().get(2);
		String before = device.getName();
		String label = nameLabel(device);
		IWorkbenchPage page = editor.getSite().getPage();
		PropertySheet view = (PropertySheet) page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		page.activate(editor);
		editor.showPage(BuiltInPages.DEVICES);
		editor.getSite().getSelectionProvider().setSelection(new StructuredSelection(device));

		Tree tree = UiTestSupport.waitFor(() -> view.getCurrentPage() != null && view.getCurrentPage().getControl() instanceof Tree t
				&& row(t, label) != null ? t : null, "the Properties view shows the device's " + label); //$NON-NLS-1$
		TreeItem row = row(tree, label);
		assertEquals(before, row.getText(1), "the view shows the device's name"); //$NON-NLS-1$

		// through the view's own entry for the row, as its cell editor does on Enter (synthetic clicks do not reach
		// the tree on Xvfb): the view's cell editor gets the text and the entry applies it to the property source
		IPropertySheetEntry entry = (IPropertySheetEntry) row.getData();
		CellEditor cell = entry.getEditor(tree);
		cell.setValue("プロパティで変更した名前"); //$NON-NLS-1$
		entry.applyEditorValue();
		UiTestSupport.waitUntilTrue(() -> "プロパティで変更した名前".equals(device.getName()), "the device renamed"); //$NON-NLS-1$ //$NON-NLS-2$

		assertTrue(editor.isDirty(), "the edit made the editor dirty"); //$NON-NLS-1$
		IAction undo = editor.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		assertTrue(undo.isEnabled(), "and is on the editor's command stack"); //$NON-NLS-1$
		undo.run();
		UiTestSupport.settle();
		assertEquals(before, device.getName(), "undo puts the name back"); //$NON-NLS-1$
		UiTestSupport.waitUntilTrue(() -> before.equals(row(tree, label).getText(1)), "the view shows the name again"); //$NON-NLS-1$
		page.hideView(view);
	}

	/** The row's label as the view shows it: the display name of the name property. */
	private String nameLabel(Device device) {
		IPropertyDescriptor[] descriptors = new ItemPropertySourceProvider(editor.adapterFactory()).getPropertySource(device)
				.getPropertyDescriptors();
		return Arrays.stream(descriptors).filter(d -> "name".equals(String.valueOf(d.getId()))).findFirst().orElseThrow().getDisplayName(); //$NON-NLS-1$
	}

	/** The row labelled LABEL, opening categories as a click on their arrow would. */
	private static TreeItem row(Tree tree, String label) {
		List<TreeItem> items = new ArrayList<>(List.of(tree.getItems()));
		while (!items.isEmpty()) {
			TreeItem item = items.remove(0);
			if (label.equals(item.getText(0))) {
				return item;
			}
			if (item.getItemCount() > 0) {
				if (!item.getExpanded()) {
					Event expand = new Event();
					expand.item = item;
					tree.notifyListeners(SWT.Expand, expand);
					item.setExpanded(true);
				}
				items.addAll(List.of(item.getItems()));
			}
		}
		return null;
	}
}
