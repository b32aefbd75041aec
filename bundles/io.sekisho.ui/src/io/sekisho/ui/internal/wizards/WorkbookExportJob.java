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

import java.time.LocalDate;

import org.eclipse.core.runtime.ILog;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.HandoverEditions;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.preferences.SekishoPreferences;

/** Writes the workbook in the background (the export of a large facility takes seconds); wipes the password afterwards. */
final class WorkbookExportJob extends Job {

	private final FacilityWorkbook workbook;
	private final Path target;
	private final String language;
	private final char[] password;
	private final boolean askToOpenFolder;

	/** @param askToOpenFolder when done, ask whether to open the folder of the workbook (the wizard does; tests do not) */
	WorkbookExportJob(FacilityWorkbook workbook, Path target, String language, char[] password, boolean askToOpenFolder) {
		super(NLS.bind(Messages.Export_job, target.getFileName()));
		this.workbook = workbook;
		this.target = target;
		this.language = language;
		this.password = password;
		this.askToOpenFolder = askToOpenFolder;
		setUser(true);
	}

	@Override
	protected IStatus run(IProgressMonitor monitor) {
		monitor.beginTask(getName(), IProgressMonitor.UNKNOWN);
		try {
			export();
			if (askToOpenFolder) {
				Display.getDefault().asyncExec(this::offerFolder);
			}
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

	/** The handover workbook in the edition the facility answers (else the newest), dated today. */
	void export() throws java.io.IOException {
		EditionRegistry editions = EditionRegistry.fromPlatform();
		Edition edition = HandoverEditions.current(workbook, editions)
				.orElseThrow(() -> new java.io.IOException(Messages.Export_noEdition));
		String integrator = SekishoPreferences.integrator();
		Handover handover = new Handover(workbook, edition, LocalDate.now(), integrator.isBlank() ? null : integrator);
		for (String warning : HandoverExport.fromPlatform().export(handover, WorkbookLanguage.of(language), target, password)) {
			ILog.of(getClass()).warn(warning);
		}
		refreshWorkspaceFolder();
	}

	/** A workbook written into the workspace shows in the Project Explorer at once, without F5. */
	private void refreshWorkspaceFolder() {
		try {
			for (org.eclipse.core.resources.IContainer folder : org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
					.findContainersForLocationURI(target.toAbsolutePath().getParent().toUri())) {
				folder.refreshLocal(org.eclipse.core.resources.IResource.DEPTH_ONE, null);
			}
		} catch (org.eclipse.core.runtime.CoreException e) {
			ILog.of(getClass()).warn(e.getMessage(), e); // the file is written; only the explorer lags
		}
	}

	private void offerFolder() {
		if (MessageDialog.openQuestion(null, Messages.Export_doneTitle, NLS.bind(Messages.Export_done, target))) {
			Program.launch(target.getParent().toString());
		}
	}
}
