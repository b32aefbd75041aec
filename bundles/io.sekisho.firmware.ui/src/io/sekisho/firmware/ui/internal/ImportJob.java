package io.sekisho.firmware.ui.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.osgi.util.NLS;

import io.sekisho.firmware.vuln.StoreStatus;
import io.sekisho.firmware.vuln.VulnerabilityStores;
import io.sekisho.firmware.vuln.store.FileResult;
import io.sekisho.firmware.vuln.store.ImportListener;
import io.sekisho.firmware.vuln.store.ImportResult;
import io.sekisho.firmware.vuln.store.StoreImporter;

/**
 * Imports vulnerability feed files (NVD, KEV, JVN) into the installation's store in the background, with progress
 * per file and cancel; the store's importer keeps the previous data live when the import fails or is cancelled.
 */
final class ImportJob extends Job {

	private static final String PLUGIN_ID = "io.sekisho.firmware.ui"; //$NON-NLS-1$

	private final List<Path> files;
	private final Path storeDir;
	private volatile ImportResult result;

	/** Imports into the installation's store. */
	ImportJob(List<Path> files) {
		this(files, VulnerabilityStores.defaultDirectory());
	}

	ImportJob(List<Path> files, Path storeDir) {
		super(Messages.Import_job);
		this.files = List.copyOf(files);
		this.storeDir = storeDir;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		SubMonitor progress = SubMonitor.convert(monitor, Messages.Import_job, files.size());
		try {
			result = new StoreImporter(storeDir).importFiles(files, new ImportListener() {
				@Override
				public void started(Path file, boolean kept) {
					progress.subTask(file.getFileName().toString());
				}

				@Override
				public void progress(Path file, long records, long bytes) throws IOException {
					if (progress.isCanceled()) {
						throw new InterruptedIOException(Messages.Import_cancelled);
					}
					progress.subTask(NLS.bind(Messages.Import_progress, file.getFileName(), Long.valueOf(records)));
				}

				@Override
				public void finished(FileResult file) {
					progress.worked(1);
				}
			});
			return Status.info(summary(result.status()));
		} catch (InterruptedIOException e) {
			return Status.CANCEL_STATUS;
		} catch (IOException e) {
			return new Status(IStatus.ERROR, PLUGIN_ID, NLS.bind(Messages.Import_failed, e.getMessage()), e);
		}
	}

	/** @return the result of the last run, or null */
	ImportResult result() {
		return result;
	}

	static String summary(StoreStatus status) {
		return NLS.bind(Messages.Import_done, new Object[] { status.dataDate() == null ? "" : status.dataDate().toString(), //$NON-NLS-1$
				Long.valueOf(status.nvdAnalysed() + status.nvdAwaiting()), Long.valueOf(status.kevEntries()),
				Long.valueOf(status.jvnAdvisories()) });
	}
}
