package io.sekisho.ui.internal.editor;

import org.eclipse.ui.IActionBars;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.part.EditorActionBarContributor;

/**
 * The action bars of facility editors. The workbench shares one contributor (and one set of action bars) among all
 * editors of an id, so the global Undo and Redo handlers are retargeted to the active editor's command stack each
 * time an editor is activated, as EMF's generated editors do; setting them once in the editor's init would leave
 * Ctrl+Z acting on whichever facility was opened last.
 */
public final class FacilityActionBarContributor extends EditorActionBarContributor {

	@Override
	public void setActiveEditor(IEditorPart part) {
		IActionBars bars = getActionBars();
		UndoRedoActions actions = part instanceof FacilityEditor editor ? editor.undoRedo() : null;
		bars.setGlobalActionHandler(ActionFactory.UNDO.getId(), actions == null ? null : actions.undo());
		bars.setGlobalActionHandler(ActionFactory.REDO.getId(), actions == null ? null : actions.redo());
		bars.updateActionBars();
	}
}
