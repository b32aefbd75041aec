package io.sekisho.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, menus. */
final class SekishoWindowAdvisor extends WorkbenchWindowAdvisor {

	/** System property: print a line with the time the first window opened (for start-up measurements). */
	static final String STARTUP_LOG_PROPERTY = "sekisho.startup.log"; //$NON-NLS-1$

	SekishoWindowAdvisor(IWorkbenchWindowConfigurer configurer) {
		super(configurer);
	}

	@Override
	public ActionBarAdvisor createActionBarAdvisor(IActionBarConfigurer configurer) {
		return new SekishoActionBarAdvisor(configurer);
	}

	@Override
	public void preWindowOpen() {
		IWorkbenchWindowConfigurer configurer = getWindowConfigurer();
		configurer.setInitialSize(new Point(1280, 800));
		configurer.setTitle(Messages.Window_title);
		configurer.setShowStatusLine(true);
		configurer.setShowProgressIndicator(true);
		configurer.setShowCoolBar(true);
	}

	@Override
	public void postWindowOpen() {
		WindowTitle.follow(getWindowConfigurer());
		if (Boolean.getBoolean(STARTUP_LOG_PROPERTY)) {
			System.out.println("SEKISHO-WINDOW-OPEN " + System.currentTimeMillis()); //$NON-NLS-1$
		}
	}
}
