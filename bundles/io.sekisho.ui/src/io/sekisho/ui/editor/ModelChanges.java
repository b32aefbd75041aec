package io.sekisho.ui.editor;

import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.swt.widgets.Control;

/**
 * Keeps a control true to the model: every change of the model is a command, so refreshing after each command
 * (executed, undone or redone) is enough. The refresh runs on the UI thread after the command, and stops with the
 * control.
 */
public final class ModelChanges {

	private ModelChanges() {
	}

	/** Runs {@code refresh} after every command on {@code stack} until {@code control} is disposed. */
	public static void refreshAfterCommands(Control control, CommandStack stack, Runnable refresh) {
		CommandStackListener listener = event -> {
			if (!control.isDisposed()) {
				control.getDisplay().asyncExec(() -> {
					if (!control.isDisposed()) {
						refresh.run();
					}
				});
			}
		};
		stack.addCommandStackListener(listener);
		control.addDisposeListener(e -> stack.removeCommandStackListener(listener));
	}
}
