package io.sekisho.ui.internal.editor;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.jface.action.Action;
import org.eclipse.osgi.util.NLS;

import io.sekisho.ui.internal.Messages;

/** Edit > Undo and Redo of the editor, labelled with the command they undo or redo. */
final class UndoRedoActions {

	private final CommandStack stack;
	private final Action undo = new Action() {
		@Override
		public void run() {
			stack.undo();
		}
	};
	private final Action redo = new Action() {
		@Override
		public void run() {
			stack.redo();
		}
	};

	private final CommandStackListener listener = event -> update();

	UndoRedoActions(CommandStack stack) {
		this.stack = stack;
		stack.addCommandStackListener(listener);
		update();
	}

	void dispose() {
		stack.removeCommandStackListener(listener);
	}

	Action undo() {
		return undo;
	}

	Action redo() {
		return redo;
	}

	private void update() {
		undo.setEnabled(stack.canUndo());
		undo.setText(NLS.bind(Messages.Editor_undo, label(stack.getUndoCommand())));
		redo.setEnabled(stack.canRedo());
		redo.setText(NLS.bind(Messages.Editor_redo, label(stack.getRedoCommand())));
	}

	private static String label(Command command) {
		return command == null || command.getLabel() == null ? "" : command.getLabel(); //$NON-NLS-1$
	}
}
