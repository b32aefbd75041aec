package io.sekisho.ui.internal.imports;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import io.sekisho.ui.internal.FacilityProjects;

/** File > インポート > Sekisho > 施設ファイル: a .sekisho file from elsewhere becomes a project of this workspace. */
public final class ImportFacilityWizard extends Wizard implements IImportWizard {

	private IWorkbench workbench;
	private ImportFacilityPage page;
	private IFile imported;

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
		setWindowTitle(Messages.ImportFacility_windowTitle);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void addPages() {
		page = new ImportFacilityPage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		java.nio.file.Path source = page.source();
		String projectName = page.projectName();
		try {
			getContainer().run(true, false, monitor -> {
				monitor.setTaskName(NLS.bind(Messages.ImportFacility_copying, source.getFileName(), projectName));
				try {
					imported = FacilityProjects.importCopy(source, projectName, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), imported);
			return true;
		} catch (InvocationTargetException e) {
			page.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			return false;
		} catch (PartInitException e) {
			page.setErrorMessage(e.getMessage());
			return false;
		}
	}

	/** For tests: the project's facility file after {@link #performFinish()}. */
	IFile imported() {
		return imported;
	}

	ImportFacilityPage page() {
		return page;
	}
}
