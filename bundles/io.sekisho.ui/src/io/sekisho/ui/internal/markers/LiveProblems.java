package io.sekisho.ui.internal.markers;

import java.util.Collection;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;

import io.sekisho.core.checks.CheckReport;
import io.sekisho.core.checks.FacilityChecks;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Keeps the Problems view current while the user edits: {@link #changed()} after every command on the editor's
 * stack (execute, undo, redo) waits {@link #DELAY_MS} for the next one (typing in a cell is one command per cell,
 * pasting many), then copies the facility on the UI thread and runs the checks on the copy in a background job, so
 * the model is never read from two threads and the UI does not wait for the network map's analysis. Markers of an
 * older state than the newest change are dropped.
 */
public final class LiveProblems {

	/** How long to wait after a change for the next one before checking. */
	public static final int DELAY_MS = 250;

	private final IFile file;
	private final Supplier<Resource> resource;
	private final Display display;
	private final Runnable snapshot = this::checkSnapshot;
	/** Bumped on every change and every synchronous update; a job delivers only while it is current. */
	private final AtomicLong generation = new AtomicLong();
	private volatile boolean disposed;
	private Job running;

	/**
	 * @param file     the facility file the markers are on
	 * @param resource the editor's current resource (it changes when the file is reloaded)
	 */
	public LiveProblems(IFile file, Supplier<Resource> resource, Display display) {
		this.file = file;
		this.resource = resource;
		this.display = display;
	}

	/** A command was executed, undone or redone: check again once the user pauses. Any thread. */
	public void changed() {
		generation.incrementAndGet();
		if (disposed || display.isDisposed()) {
			return;
		}
		if (Display.getCurrent() == display) {
			display.timerExec(DELAY_MS, snapshot); // rescheduled when already pending
		} else {
			display.asyncExec(() -> {
				if (!disposed) {
					display.timerExec(DELAY_MS, snapshot);
				}
			});
		}
	}

	/** Checks the current state now, on this thread (open and save); pending background results are dropped. */
	public void updateNow() throws CoreException {
		generation.incrementAndGet();
		Resource current = resource.get();
		if (current != null && !current.getContents().isEmpty() && current.getContents().get(0) instanceof FacilityWorkbook workbook) {
			ProblemMarkers.update(file, workbook);
		}
	}

	public void dispose() {
		disposed = true;
		if (!display.isDisposed()) {
			display.timerExec(-1, snapshot);
		}
		Job job = running;
		if (job != null) {
			job.cancel();
		}
	}

	/** On the UI thread: copy the facility as it is now and check the copy in the background. */
	private void checkSnapshot() {
		Resource current = resource.get();
		if (disposed || current == null || current.getContents().isEmpty() || !(current.getContents().get(0) instanceof FacilityWorkbook)) {
			return;
		}
		long taken = generation.get();
		FacilityWorkbook copy = copyOf(current);
		Job previous = running;
		if (previous != null) {
			previous.cancel();
		}
		Job job = Job.create(NLS.bind(Messages.Check_job, file.getName()), (IProgressMonitor monitor) -> {
			if (monitor.isCanceled() || taken != generation.get() || disposed) {
				return Status.CANCEL_STATUS;
			}
			CheckReport report = FacilityChecks.fromPlatform().run(copy);
			List<ProblemMarkers.Spec> specs = ProblemMarkers.specs(report);
			if (monitor.isCanceled() || taken != generation.get() || disposed) {
				return Status.CANCEL_STATUS;
			}
			try {
				ProblemMarkers.replace(file, specs);
			} catch (CoreException e) {
				ILog.of(LiveProblems.class).log(e.getStatus());
			}
			return Status.OK_STATUS;
		});
		job.setSystem(true);
		job.setPriority(Job.SHORT);
		running = job;
		job.schedule();
	}

	/**
	 * A copy of every root of the resource (the facility, the network map's diagram) in a resource of its own, so
	 * each element's URI fragment is the same as the original's (its id, or the same path).
	 */
	static FacilityWorkbook copyOf(Resource original) {
		EcoreUtil.Copier copier = new EcoreUtil.Copier();
		Collection<EObject> roots = copier.copyAll(original.getContents());
		copier.copyReferences();
		Resource snapshot = new XMIResourceImpl(URI.createURI("snapshot:/" + original.getURI().lastSegment())); //$NON-NLS-1$
		snapshot.getContents().addAll(roots);
		return (FacilityWorkbook) snapshot.getContents().get(0);
	}

	/** @return whether a check is waiting for the user's pause or running (tests wait on this) */
	public boolean isBusy() {
		Job job = running;
		return job != null && job.getState() != Job.NONE;
	}
}
