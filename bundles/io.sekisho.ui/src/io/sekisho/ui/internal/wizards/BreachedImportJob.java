package io.sekisho.ui.internal.wizards;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.sekisho.password.breached.BreachedImporter;
import io.sekisho.ui.internal.Messages;

/**
 * Streams the breached-password data into the index with progress; Cancel stops it, and the previous index stays
 * as it was (the importer writes a new file and only then replaces the old one).
 */
final class BreachedImportJob extends Job {

	private static final int TICKS = 1000;

	private final Path source;
	private final Path index;

	BreachedImportJob(Path source, Path index) {
		super(NLS.bind(Messages.Breached_job, source.getFileName()));
		this.source = source;
		this.index = index;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), TICKS);
		int[] reported = { 0 };
		BreachedImporter importer = new BreachedImporter((lines, read, total) -> {
			if (monitor.isCanceled()) {
				throw new OperationCanceledException();
			}
			int done = total > 0 ? (int) (TICKS * Math.min(1.0, (double) read / total)) : 0;
			monitor.worked(done - reported[0]);
			reported[0] = done;
			monitor.subTask(NLS.bind(Messages.Breached_progress, Long.valueOf(lines)));
		});
		try {
			Files.createDirectories(index.getParent());
			long records = importer.importInto(source, index);
			return Status.info(NLS.bind(Messages.Breached_done, Long.valueOf(records), index));
		} catch (OperationCanceledException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			// the message names the file and line of a truncated or malformed input
			return Status.error(e.getMessage(), e);
		} finally {
			monitor.done();
		}
	}
}
