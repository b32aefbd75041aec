package io.sekisho.netmap.ui.internal;

import org.eclipse.core.runtime.ILog;
import org.eclipse.ui.IPageLayout;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.PlatformUI;

/** Brings the Properties view forward (Enter or double-click on a figure), when a workbench runs. */
final class PropertiesView {

	private PropertiesView() {
	}

	static void show() {
		if (!PlatformUI.isWorkbenchRunning()) {
			return;
		}
		IWorkbenchWindow window = PlatformUI.getWorkbench().getActiveWorkbenchWindow();
		IWorkbenchPage page = window == null ? null : window.getActivePage();
		if (page == null) {
			return;
		}
		try {
			page.showView(IPageLayout.ID_PROP_SHEET, null, IWorkbenchPage.VIEW_VISIBLE);
		} catch (PartInitException e) {
			ILog.of(PropertiesView.class).log(e.getStatus());
		}
	}
}
