package io.sekisho.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;

import io.sekisho.ui.internal.FacilityProjects;

/** Opens a fresh copy of the demo hospital in its own project, and runs the event loop like a user waits. */
final class UiTestSupport {

	private UiTestSupport() {
	}

	static FacilityEditor openDemoCopy() throws Exception {
		IFile file = FacilityProjects.createDemo(new NullProgressMonitor());
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		IEditorPart part = IDE.openEditor(page, file);
		settle();
		return (FacilityEditor) part;
	}

	static void close(FacilityEditor editor) {
		editor.getSite().getPage().closeEditor(editor, false);
		settle();
	}

	/** Processes pending events (async refreshes after commands) until the queue is empty. */
	static void settle() {
		Display display = Display.getCurrent();
		for (int i = 0; i < 5; i++) {
			while (display.readAndDispatch()) {
				// drain
			}
			try {
				Thread.sleep(20);
			} catch (InterruptedException e) {
				Thread.currentThread().interrupt();
			}
		}
	}

	/** Runs the event loop until {@code condition} holds (background jobs report through asyncExec), at most 60 s. */
	static boolean waitUntil(java.util.function.BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(50, () -> {
					// wakes the loop to test the condition again
				});
				display.sleep();
			}
		}
		return true;
	}
}
