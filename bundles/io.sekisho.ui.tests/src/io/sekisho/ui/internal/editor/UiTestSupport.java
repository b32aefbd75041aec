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

	/**
	 * Runs the event loop until nothing is left to do: twice in a row the event queue was drained to empty and no
	 * (user) job was running or waiting (background work reports back through asyncExec, which is drained by the
	 * next round). A condition, not a fixed sleep; fails naming the jobs when the workbench does not settle within
	 * 60 s.
	 */
	static void settle() {
		Display display = Display.getCurrent();
		long deadline = System.nanoTime() + 60_000_000_000L;
		Runnable wake = () -> {
			// only wakes the loop
		};
		int quietRounds = 0;
		while (quietRounds < 2) {
			while (display.readAndDispatch()) {
				// drain: a periodic timer (progress animation, caret) must not keep the loop from ending
			}
			boolean quiet = busyJobs().isEmpty();
			quietRounds = quiet ? quietRounds + 1 : 0;
			if (quietRounds >= 2) {
				return;
			}
			if (System.nanoTime() > deadline) {
				throw new AssertionError("the workbench did not settle within 60 s; jobs: " + busyJobs()); //$NON-NLS-1$
			}
			display.timerExec(20, wake); // wakes the loop if no event comes, to look again
			display.sleep();
		}
	}

	/**
	 * Jobs running or waiting to run, other than the workbench's own system jobs (workspace save, auto-save,
	 * compaction), which come and go on their own schedule and never report to a page.
	 */
	private static java.util.List<org.eclipse.core.runtime.jobs.Job> busyJobs() {
		return java.util.Arrays.stream(org.eclipse.core.runtime.jobs.Job.getJobManager().find(null))
				.filter(j -> !j.isSystem())
				.filter(j -> j.getState() == org.eclipse.core.runtime.jobs.Job.RUNNING || j.getState() == org.eclipse.core.runtime.jobs.Job.WAITING)
				.toList();
	}

	/** Waits (running the event loop) until {@code value} gives something, and returns it; fails naming {@code what}. */
	static <T> T waitFor(java.util.function.Supplier<T> value, String what) {
		Object[] found = new Object[1];
		if (!waitUntil(() -> (found[0] = value.get()) != null)) {
			throw new AssertionError("not within 60 s: " + what); //$NON-NLS-1$
		}
		@SuppressWarnings("unchecked")
		T result = (T) found[0];
		return result;
	}

	/** Like {@link #waitUntil} but fails naming {@code what}. */
	static void waitUntilTrue(java.util.function.BooleanSupplier condition, String what) {
		if (!waitUntil(condition)) {
			throw new AssertionError("not within 60 s: " + what); //$NON-NLS-1$
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
