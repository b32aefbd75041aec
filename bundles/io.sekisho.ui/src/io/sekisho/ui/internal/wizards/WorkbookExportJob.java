package io.sekisho.ui.internal.wizards;

import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.IStatus;
import org.eclipse.core.runtime.Status;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.program.Program;
import org.eclipse.swt.widgets.Display;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.preferences.SekishoPreferences;

/** Writes the workbook in the background (the export of a large facility takes seconds); wipes the password afterwards. */
final class WorkbookExportJob extends Job {

	private final FacilityWorkbook workbook;
	private final Path target;
	private final String language;
	private final char[] password;
	private final boolean openFolder;

	WorkbookExportJob(FacilityWorkbook workbook, Path target, String language, char[] password, boolean openFolder) {
		super(NLS.bind(Messages.Export_job, target.getFileName()));
		this.workbook = workbook;
		this.target = target;
		this.language = language;
		this.password = password;
		this.openFolder = openFolder;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			WorkbookExports.export(workbook, target, language, SekishoPreferences.integrator(), password);
			Display.getDefault().asyncExec(this::done);
			return Status.OK_STATUS;
		} catch (java.io.IOException | RuntimeException e) {
			return Status.error(NLS.bind(Messages.Export_failed, target, e.getMessage()), e);
		} finally {
			if (password != null) {
				Arrays.fill(password, '\0');
			}
			monitor.done();
		}
	}

	private void done() {
		if (openFolder) {
			Program.launch(target.getParent().toString());
		} else {
			MessageDialog.openInformation(null, Messages.Export_doneTitle, NLS.bind(Messages.Export_done, target));
		}
	}
}
