package io.sekisho.ui.internal.wizards;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IExportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.part.FileEditorInput;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.assessment.WorkbookPassword;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.editor.FacilityEditor;

/**
 * File > Export > Sekisho > Handover workbook: the facility of the selected .sekisho file (as shown in its open
 * editor, unsaved changes included) as an Excel workbook, exported in a background job with progress.
 */
public final class ExportWorkbookWizard extends Wizard implements IExportWizard {

	private IFile file;
	private IWorkbench workbench;
	private ExportWorkbookPage page;

	public ExportWorkbookWizard() {
		setWindowTitle(Messages.Export_window);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
		Object first = selection == null ? null : selection.getFirstElement();
		IFile selected = first instanceof IAdaptable adaptable ? adaptable.getAdapter(IFile.class) : null;
		if (selected == null) {
			IEditorPart editor = newWorkbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor();
			if (editor instanceof FacilityEditor facilityEditor) {
				selected = facilityEditor.file();
			}
		}
		this.file = selected != null && "sekisho".equals(selected.getFileExtension()) ? selected : null; //$NON-NLS-1$
	}

	@Override
	public void addPages() {
		Path suggested = file == null ? null : file.getLocation().toFile().toPath().resolveSibling(
				file.getProject().getName() + ".xlsx"); //$NON-NLS-1$
		PasswordChecker checker = new PasswordChecker(PasswordCatalog.fromPlatform());
		page = new ExportWorkbookPage(suggested, password -> {
			FacilityWorkbook facility = facilityForCheck();
			return facility == null ? List.of() : WorkbookPassword.problems(checker, password, facility, Locale.getDefault());
		});
		if (file == null) {
			page.setErrorMessage(Messages.Export_noFile);
		} else {
			page.setFacilityErrors(errorCount(file));
		}
		addPage(page);
	}

	/** The errors the Problems view shows for the facility file (its markers, of every Sekisho check). */
	static int errorCount(IFile facilityFile) {
		try {
			int errors = 0;
			for (org.eclipse.core.resources.IMarker marker : facilityFile.findMarkers(org.eclipse.core.resources.IMarker.PROBLEM, true,
					org.eclipse.core.resources.IResource.DEPTH_ZERO)) {
				if (marker.getAttribute(org.eclipse.core.resources.IMarker.SEVERITY, -1) == org.eclipse.core.resources.IMarker.SEVERITY_ERROR) {
					errors++;
				}
			}
			return errors;
		} catch (org.eclipse.core.runtime.CoreException e) {
			return 0; // a file without markers, or gone: nothing to warn about
		}
	}

	@Override
	public boolean canFinish() {
		return file != null && super.canFinish();
	}

	@Override
	public boolean performFinish() {
		FacilityWorkbook workbook = snapshot();
		if (workbook == null) {
			page.setErrorMessage(NLS.bind(Messages.Export_cannotRead, file.getFullPath()));
			return false;
		}
		new WorkbookExportJob(workbook, page.target(), page.language(), page.takePassword(), true).schedule();
		return true;
	}

	private FacilityWorkbook checked;

	/** The facility whose context words the password check uses: read once, on the first check. */
	private FacilityWorkbook facilityForCheck() {
		if (checked == null && file != null) {
			checked = snapshot();
		}
		return checked;
	}

	/** A copy of the facility as the user sees it: from its open editor, else from the file. */
	private FacilityWorkbook snapshot() {
		IEditorPart editor = workbench.getActiveWorkbenchWindow().getActivePage().findEditor(new FileEditorInput(file));
		if (editor instanceof FacilityEditor facilityEditor && facilityEditor.workbook() != null) {
			return EcoreUtil.copy(facilityEditor.workbook());
		}
		try {
			return io.sekisho.model.persistence.SekishoFiles.loadWorkbook(file.getLocation().toFile().toPath());
		} catch (java.io.IOException e) {
			page.setErrorMessage(e.getMessage());
			return null;
		}
	}
}
