package io.sekisho.ui.internal;

import org.eclipse.osgi.util.NLS;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IPartListener2;
import org.eclipse.ui.IPropertyListener;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.IWorkbenchPart;
import org.eclipse.ui.IWorkbenchPartReference;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.application.IWorkbenchWindowConfigurer;

import io.sekisho.ui.internal.editor.FacilityEditor;

/**
 * The main window's title names the facility of the active editor ("厚労記念病院 - Sekisho"), so two windows or a
 * window switcher tell facilities apart; with no facility open it is the product name.
 */
final class WindowTitle implements IPartListener2 {

	private final IWorkbenchWindowConfigurer configurer;
	private final IPropertyListener titleChanged = (source, property) -> {
		if (property == IWorkbenchPart.PROP_TITLE) {
			update();
		}
	};
	private IEditorPart watched;

	private WindowTitle(IWorkbenchWindowConfigurer configurer) {
		this.configurer = configurer;
	}

	/** Keeps the title of the configurer's window up to date from now on. */
	static void follow(IWorkbenchWindowConfigurer configurer) {
		WindowTitle title = new WindowTitle(configurer);
		configurer.getWindow().getPartService().addPartListener(title);
		title.update();
	}

	private void update() {
		IWorkbenchWindow window = configurer.getWindow();
		if (window.getShell() == null || window.getShell().isDisposed()) {
			return; // closing
		}
		IWorkbenchPage page = window.getActivePage();
		IEditorPart editor = page == null ? null : page.getActiveEditor();
		if (editor != watched) {
			if (watched != null) {
				watched.removePropertyListener(titleChanged);
			}
			watched = editor;
			if (editor != null) {
				editor.addPropertyListener(titleChanged);
			}
		}
		String title = editor instanceof FacilityEditor facility
				? NLS.bind(Messages.Window_titleWithFacility, facility.getPartName(), Messages.Window_title)
				: Messages.Window_title;
		if (!title.equals(window.getShell().getText())) {
			configurer.setTitle(title);
		}
	}

	@Override
	public void partActivated(IWorkbenchPartReference ref) {
		update();
	}

	@Override
	public void partBroughtToTop(IWorkbenchPartReference ref) {
		update();
	}

	@Override
	public void partClosed(IWorkbenchPartReference ref) {
		if (watched != null && ref.getPart(false) == watched) {
			watched.removePropertyListener(titleChanged);
			watched = null;
		}
		// the page may still name the closing editor as the active one: look again once it is gone
		org.eclipse.swt.widgets.Shell shell = configurer.getWindow().getShell();
		if (shell != null && !shell.isDisposed()) {
			shell.getDisplay().asyncExec(this::update);
		}
	}

	@Override
	public void partOpened(IWorkbenchPartReference ref) {
		update();
	}
}
