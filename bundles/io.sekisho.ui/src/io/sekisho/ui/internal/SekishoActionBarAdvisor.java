package io.sekisho.ui.internal;

import org.eclipse.jface.action.IMenuManager;
import org.eclipse.jface.action.MenuManager;
import org.eclipse.jface.action.Separator;
import org.eclipse.ui.IWorkbenchActionConstants;
import org.eclipse.ui.IWorkbenchWindow;
import org.eclipse.ui.actions.ActionFactory;
import org.eclipse.ui.actions.ContributionItemFactory;
import org.eclipse.ui.actions.ActionFactory.IWorkbenchAction;
import org.eclipse.ui.application.ActionBarAdvisor;
import org.eclipse.ui.application.IActionBarConfigurer;

/** Menus File, Edit, Window, Help with the standard workbench actions; modules add their own with menu contributions. */
final class SekishoActionBarAdvisor extends ActionBarAdvisor {

	SekishoActionBarAdvisor(IActionBarConfigurer configurer) {
		super(configurer);
	}

	@Override
	protected void fillMenuBar(IMenuManager menuBar) {
		IWorkbenchWindow window = getActionBarConfigurer().getWindowConfigurer().getWindow();
		MenuManager file = new MenuManager(Messages.Menu_file, IWorkbenchActionConstants.M_FILE);
		// File > New lists the perspective's new-wizard shortcuts (施設) directly, "Other..." last
		MenuManager newMenu = new MenuManager(Messages.Menu_new, ActionFactory.NEW.getId());
		newMenu.add(ContributionItemFactory.NEW_WIZARD_SHORTLIST.create(window));
		file.add(newMenu);
		file.add(new Separator(IWorkbenchActionConstants.NEW_EXT));
		file.add(register(ActionFactory.SAVE.create(window)));
		file.add(register(ActionFactory.SAVE_AS.create(window)));
		file.add(register(ActionFactory.SAVE_ALL.create(window)));
		file.add(register(ActionFactory.CLOSE.create(window)));
		file.add(new Separator());
		file.add(register(ActionFactory.IMPORT.create(window)));
		file.add(register(ActionFactory.EXPORT.create(window)));
		file.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		file.add(new Separator());
		file.add(register(ActionFactory.QUIT.create(window)));

		MenuManager edit = new MenuManager(Messages.Menu_edit, IWorkbenchActionConstants.M_EDIT);
		edit.add(register(ActionFactory.UNDO.create(window)));
		edit.add(register(ActionFactory.REDO.create(window)));
		edit.add(new Separator());
		edit.add(register(ActionFactory.CUT.create(window)));
		edit.add(register(ActionFactory.COPY.create(window)));
		edit.add(register(ActionFactory.PASTE.create(window)));
		edit.add(register(ActionFactory.DELETE.create(window)));
		edit.add(register(ActionFactory.SELECT_ALL.create(window)));
		edit.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));

		MenuManager windowMenu = new MenuManager(Messages.Menu_window, IWorkbenchActionConstants.M_WINDOW);
		MenuManager showView = new MenuManager(Messages.Menu_showView, "showView"); //$NON-NLS-1$
		showView.add(ContributionItemFactory.VIEWS_SHORTLIST.create(window));
		windowMenu.add(showView);
		windowMenu.add(register(ActionFactory.RESET_PERSPECTIVE.create(window)));
		windowMenu.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		windowMenu.add(register(ActionFactory.PREFERENCES.create(window)));

		MenuManager help = new MenuManager(Messages.Menu_help, IWorkbenchActionConstants.M_HELP);
		help.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		help.add(register(ActionFactory.ABOUT.create(window)));

		menuBar.add(file);
		menuBar.add(edit);
		menuBar.add(new Separator(IWorkbenchActionConstants.MB_ADDITIONS));
		menuBar.add(windowMenu);
		menuBar.add(help);
	}

	private IWorkbenchAction register(IWorkbenchAction action) {
		super.register(action);
		return action;
	}
}
