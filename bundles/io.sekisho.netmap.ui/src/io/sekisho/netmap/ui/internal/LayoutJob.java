package io.sekisho.netmap.ui.internal;

import java.util.function.Consumer;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.layout.MapLayout;
import io.sekisho.netmap.notation.Diagram;

/**
 * Runs the ELK layout of io.sekisho.netmap on a copy of the diagram in the background (cancellable, with
 * progress), then hands the laid-out copy to the UI thread. The facility is only read; nothing changes until the
 * caller turns the result into a command.
 */
final class LayoutJob extends Job {

	private final FacilityWorkbook workbook;
	private final Diagram copy;
	private final Display display;
	private final Consumer<Diagram> done;

	LayoutJob(FacilityWorkbook workbook, Diagram copy, Display display, Consumer<Diagram> done) {
		super(Messages.Layout_job);
		this.workbook = workbook;
		this.copy = copy;
		this.display = display;
		this.done = done;
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		try {
			new MapLayout(workbook, copy).run(monitor);
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (RuntimeException e) {
			// the facility changed under the layout (an edit meanwhile): nothing was applied, the user runs it again
			return Status.error(NLS.bind(Messages.Layout_failed, String.valueOf(e.getMessage())), e);
		}
		if (!display.isDisposed()) {
			display.asyncExec(() -> done.accept(copy));
		}
		return Status.OK_STATUS;
	}
}
