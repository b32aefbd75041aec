package io.sekisho.ui.internal;

import org.eclipse.swt.graphics.Point;
import org.eclipse.ui.IPerspectiveDescriptor;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PerspectiveAdapter;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;
import org.eclipse.ui.application.WorkbenchWindowAdvisor;

/** The main window: title, size, menus. */
final class SekishoWindowAdvisor extends WorkbenchWindowAdvisor {

	/** System property: print a line with the time the first window opened (for start-up measurements). */
	static final String STARTUP_LOG_PROPERTY = "sekisho.startup.log"; //$NON-NLS-1$

	/**
	 * Text-editor action set of org.eclipse.ui.editors, visible in every perspective: File > Convert Line Delimiters
	 * To. Sekisho edits no text files, so it is hidden (activities do not filter this action set in the 4.x workbench).
	 */
	private static final String LINE_DELIMITERS_ACTION_SET = "org.eclipse.ui.edit.text.actionSet.convertLineDelimitersTo"; //$NON-NLS-1$

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
		IWorkbenchPage page = getWindowConfigurer().getWindow().getActivePage();
		if (page != null) {
			page.hideActionSet(LINE_DELIMITERS_ACTION_SET);
		}
		getWindowConfigurer().getWindow().addPerspectiveListener(new PerspectiveAdapter() {
			@Override
			public void perspectiveActivated(IWorkbenchPage activated, IPerspectiveDescriptor perspective) {
				activated.hideActionSet(LINE_DELIMITERS_ACTION_SET);
			}

			@Override
			public void perspectiveChanged(IWorkbenchPage changed, IPerspectiveDescriptor perspective, String changeId) {
				if (IWorkbenchPage.CHANGE_RESET_COMPLETE.equals(changeId)) {
					changed.hideActionSet(LINE_DELIMITERS_ACTION_SET);
				}
			}
		});
		if (Boolean.getBoolean(STARTUP_LOG_PROPERTY)) {
			System.out.println("SEKISHO-WINDOW-OPEN " + System.currentTimeMillis()); //$NON-NLS-1$
		}
	}
}
