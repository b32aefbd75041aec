package io.sekisho.ui.internal.wizards;

import java.lang.reflect.InvocationTargetException;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.ui.INewWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.ide.IDE;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.ui.internal.FacilityProjects;
import io.sekisho.ui.internal.Messages;

/** File > New > Facility: a project with one .sekisho file, opened in the facility editor. */
public final class NewFacilityWizard extends Wizard implements INewWizard {

	private final NewFacilityPage page = new NewFacilityPage();
	private IWorkbench workbench;

	public NewFacilityWizard() {
		setWindowTitle(Messages.NewFacility_window);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
	}

	@Override
	public void addPages() {
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		boolean fromDemo = page.fromDemo();
		FacilityWorkbook workbook = fromDemo ? null : page.draft().toWorkbook();
		IFile[] created = new IFile[1];
		try {
			getContainer().run(true, false, monitor -> {
				try {
					created[0] = fromDemo ? FacilityProjects.createDemo(monitor) : FacilityProjects.create(workbook, monitor);
				} catch (CoreException e) {
					throw new InvocationTargetException(e);
				}
			});
			IDE.openEditor(workbench.getActiveWorkbenchWindow().getActivePage(), created[0]);
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
}
