package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.core.commands.NotEnabledException;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.action.IAction;
import org.eclipse.ui.IWorkbenchCommandConstants;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.handlers.IHandlerService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage;

/**
 * Two facilities open at once: Edit > Undo (Ctrl+Z, the undo command) acts on the active editor's command stack
 * only. The workbench shares the action bars of all facility editors; the action-bar contributor retargets them.
 */
class UndoAcrossEditorsTest {

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
	void undoInOneEditorNeverUndoesTheOther() throws Exception {
		Device inFirst = rename(first, "FIRST-RENAMED");
		// the second editor, opened last, is active and has nothing to undo: Ctrl+Z there must not touch the first
		activate(second);
		assertThrows(NotEnabledException.class, this::pressUndo, "nothing to undo in the active editor");
		assertEquals("FIRST-RENAMED", inFirst.getName());
		assertTrue(first.isDirty());

		Device inSecond = rename(second, "SECOND-RENAMED");
		activate(first);
		pressUndo();
		assertEquals("SECOND-RENAMED", inSecond.getName(), "the other facility keeps its change");
		assertFalse(first.isDirty(), "the active facility's change was undone");
		assertTrue(second.isDirty());

		activate(second);
		IAction undo = second.getEditorSite().getActionBars().getGlobalActionHandler(ActionFactory.UNDO.getId());
		assertTrue(undo.isEnabled());
		undo.run();
		UiTestSupport.settle();
		assertFalse(second.isDirty());
		assertFalse(first.getEditingDomain().getCommandStack().canUndo());
	}

	private static Device rename(FacilityEditor editor, String name) {
		activate(editor);
		Device device = editor.workbook().getDevices().get(0);
		editor.context().execute(SetCommand.create(editor.getEditingDomain(), device, FacilityPackage.Literals.NAMED__NAME, name));
		UiTestSupport.settle();
		assertEquals(name, device.getName());
		return device;
	}

	private static void activate(FacilityEditor editor) {
		editor.getSite().getPage().activate(editor);
		UiTestSupport.settle();
		assertEquals(editor, editor.getSite().getPage().getActiveEditor());
	}

	/** What Ctrl+Z does: executes the workbench's undo command through the handler service. */
	private void pressUndo() throws Exception {
		IHandlerService handlers = first.getSite().getWorkbenchWindow().getService(IHandlerService.class);
		handlers.executeCommand(IWorkbenchCommandConstants.EDIT_UNDO, null);
		UiTestSupport.settle();
	}
}
