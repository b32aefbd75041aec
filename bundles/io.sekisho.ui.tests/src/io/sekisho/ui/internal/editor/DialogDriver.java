package io.sekisho.ui.internal.editor;

import java.util.function.Consumer;

import org.eclipse.jface.window.Window;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;

/**
 * Answers a modal JFace dialog the way a user would: the action runs inside the dialog's own event loop as soon as
 * a shell of the dialog's type is visible (polled by the event loop, no fixed sleep), for at most 60 s.
 */
final class DialogDriver {

	private DialogDriver() {
	}

	/** Runs {@code action} on the next visible dialog of {@code type}; call before the code that opens it. */
	static <T extends Window> void whenOpen(Class<T> type, Consumer<T> action) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 60_000_000_000L;
		Runnable[] poll = new Runnable[1];
		poll[0] = () -> {
			for (Shell shell : display.getShells()) {
				if (!shell.isDisposed() && shell.isVisible() && type.isInstance(shell.getData())) {
					action.accept(type.cast(shell.getData()));
					return;
				}
			}
			if (System.nanoTime() < deadline) {
				display.timerExec(20, poll[0]);
			}
		};
		display.asyncExec(poll[0]);
	}

	/** Clicks {@code button} like a user (the selection event the button sends). */
	static void click(Button button) {
		button.notifyListeners(SWT.Selection, new Event());
	}
}
