package io.sekisho.ui.internal;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.swt.widgets.Display;
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

	/** How often the event loop looks whether the first windows are open (see {@link #openWindows()}). */
	private static final int WAKE_INTERVAL_MS = 25;

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
		openDemoOnEmptyWorkspace();
		if (Boolean.getBoolean(SekishoWindowAdvisor.STARTUP_LOG_PROPERTY)) {
			// the build's training start (class-archive.sh) stops the client once this line is printed
			System.out.println("SEKISHO-STARTUP-DONE " + System.currentTimeMillis()); //$NON-NLS-1$
		}
	}

	private static void openDemoOnEmptyWorkspace() {
		if (!FacilityProjects.workspaceIsEmpty() || Boolean.getBoolean(NO_DEMO_PROPERTY)) {
			return;
		}
		try {
			IFile demo = FacilityProjects.createDemo(new NullProgressMonitor());
			IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), demo);
		} catch (CoreException e) {
			ILog.of(SekishoWorkbenchAdvisor.class).log(e.getStatus());
		}
	}

	/**
	 * The platform's openWindows runs the window restore on a second thread and sleeps the event loop until that
	 * thread wakes it. On GTK a wake that comes just before the loop goes to sleep is lost, and the first window then
	 * waits for the next event: measured, about 5 s on every other start of an idle desktop. A short timer keeps the
	 * loop checking until the windows are open.
	 */
	@Override
	public boolean openWindows() {
		Display display = PlatformUI.getWorkbench().getDisplay();
		boolean[] done = { false };
		Runnable tick = new Runnable() {
			@Override
			public void run() {
				if (!done[0] && !display.isDisposed()) {
					display.timerExec(WAKE_INTERVAL_MS, this);
				}
			}
		};
		display.timerExec(WAKE_INTERVAL_MS, tick);
		try {
			return super.openWindows();
		} finally {
			done[0] = true;
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
