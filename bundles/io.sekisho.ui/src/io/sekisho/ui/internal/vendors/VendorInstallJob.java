package io.sekisho.ui.internal.vendors;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import io.sekisho.vendors.VendorInstallException;
import io.sekisho.vendors.VendorInstaller;
import io.sekisho.vendors.VendorRepository;

/**
 * Runs the p2 director off the UI thread (it reads and copies the repository), then offers the restart that
 * makes the new bundles take effect, or says in the user's language why nothing was installed.
 */
final class VendorInstallJob extends Job {

	private final VendorInstaller installer;
	private final VendorRepository repository;
	private final Display display;

	VendorInstallJob(VendorInstaller installer, VendorRepository repository, Display display) {
		super(NLS.bind(Messages.AddVendor_job, repository.path().getFileName()));
		this.installer = installer;
		this.repository = repository;
		this.display = display;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			installer.add(List.of(repository));
			display.asyncExec(this::offerRestart);
		} catch (VendorInstallException e) {
			Platform.getLog(VendorInstallJob.class).error(e.getMessage(), e);
			display.asyncExec(() -> MessageDialog.openError(display.getActiveShell(), Messages.AddVendor_failedTitle, e.getMessage()));
		} finally {
			monitor.done();
		}
		return Status.OK_STATUS;
	}

	private void offerRestart() {
		String names = repository.features().isEmpty() ? repository.path().getFileName().toString()
				: repository.features().stream().map(f -> f.name(Locale.getDefault())).collect(Collectors.joining(
						"ja".equals(Locale.getDefault().getLanguage()) ? "、" : ", ")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		MessageDialog dialog = new MessageDialog(display.getActiveShell(), Messages.AddVendor_doneTitle, null,
				NLS.bind(Messages.AddVendor_doneMessage, names), MessageDialog.INFORMATION, 0, Messages.AddVendor_restartNow,
				Messages.AddVendor_restartLater);
		if (dialog.open() == 0) {
			PlatformUI.getWorkbench().restart();
		}
	}

}
