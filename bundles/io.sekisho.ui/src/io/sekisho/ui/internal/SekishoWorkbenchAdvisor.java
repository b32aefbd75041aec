package io.sekisho.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.application.IWorkbenchConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchAdvisor;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;
import org.eclipse.ui.ide.IDE;

/** Workbench life cycle: the Sekisho perspective, the workspace as input of the Project Explorer, a saved workspace on exit. */
public class SekishoWorkbenchAdvisor extends WorkbenchAdvisor {

	/** System property: do not create the demo project on an empty workspace (tests that want an empty one). */
	static final String NO_DEMO_PROPERTY = "sekisho.noDemo"; //$NON-NLS-1$

	@Override
	public void initialize(IWorkbenchConfigurer configurer) {
		super.initialize(configurer);
		configurer.setSaveAndRestore(true);
		// adapters from resources to workbench adapters: labels and icons of projects and files in the Project Explorer
		IDE.registerAdapters();
		IdeImages.declare(configurer);
	}

	@Override
	public String getInitialWindowPerspectiveId() {
		return SekishoPerspective.ID;
	}

	@Override
	public IAdaptable getDefaultPageInput() {
		return ResourcesPlugin.getWorkspace().getRoot();
	}

	@Override
	public WorkbenchWindowAdvisor createWorkbenchWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		return new SekishoWindowAdvisor(configurer);
	}

	/** A first start on an empty workspace opens the demo hospital, so every page has something to show. */
	@Override
	public void postStartup() {
		if (!FacilityProjects.workspaceIsEmpty() || Boolean.getBoolean(NO_DEMO_PROPERTY)) {
			return;
		}
		try {
			IFile demo = FacilityProjects.createDemo(new NullProgressMonitor());
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), demo);
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
	}

	@Override
	public boolean preShutdown() {
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		try {
			workspace.save(true, new NullProgressMonitor());
		} catch (CoreException e) {
			ILog.of(getClass()).log(e.getStatus());
		}
		return true;
	}
}
