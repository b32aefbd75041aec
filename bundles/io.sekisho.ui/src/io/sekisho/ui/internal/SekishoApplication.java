package io.sekisho.ui.internal;

import org.eclipse.core.runtime.Platform;
import org.eclipse.equinox.app.IApplication;
import org.eclipse.equinox.app.IApplicationContext;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.service.datalocation.Location;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.PlatformUI;

/** The rich client io.sekisho.ui.application: a workbench on a workspace of facility projects. */
public final class SekishoApplication implements IApplication {

	@Override
	public Object start(IApplicationContext context) throws Exception {
		Display display = PlatformUI.createDisplay();
		try {
			Location workspace = Platform.getInstanceLocation();
			if (workspace == null || !workspace.isSet()) {
				MessageDialog.openError(null, Messages.Application_title, Messages.Application_noWorkspace);
				return IApplication.EXIT_OK;
			}
			if (!workspace.isLocked() && !workspace.lock()) {
				// another Sekisho (or Eclipse) works in this folder: two writers would corrupt the workspace metadata
				MessageDialog.openError(null, Messages.Application_title, NLS.bind(Messages.Application_workspaceInUse, workspace.getURL().getFile()));
				return IApplication.EXIT_OK;
			}
			int rc = PlatformUI.createAndRunWorkbench(display, new SekishoWorkbenchAdvisor());
			return rc == PlatformUI.RETURN_RESTART ? IApplication.EXIT_RESTART : IApplication.EXIT_OK;
		} finally {
			display.dispose();
		}
	}

	@Override
	public void stop() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbench workbench = PlatformUI.getWorkbench();
		Display display = workbench.getDisplay();
		display.syncExec(() -> {
			if (!display.isDisposed()) {
				workbench.close();
			}
		});
	}
}
