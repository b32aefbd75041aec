package io.sekisho.ui.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.viewers.ISelection;
import org.eclipse.swt.widgets.Shell;

import io.sekisho.model.facility.FacilityWorkbook;

/**
 * What the facility editor gives each of its pages, built-in or contributed through
 * {@code io.sekisho.ui.editorPages}: the model, its editing domain and command stack, and the editor's services
 * (selection for the Properties view and the Outline, going to an element, the file).
 * <p>
 * Every change of the model must be a command run through {@link #execute(Command)} (or the {@link #commandStack()}):
 * that is what makes it undoable, marks the editor dirty and lets the other pages, the Outline and the Properties
 * view follow. The model is saved by the editor as a whole; pages have no save of their own.
 *
 * @noimplement This interface is implemented by the facility editor; clients only use it.
 */
public interface FacilityEditorContext {

	/** @return the root of the facility model (the first root of {@link #resource()}) */
	FacilityWorkbook facility();

	/**
	 * @return the {@code .sekisho} resource; modules keep further roots here (for example the network map's diagram),
	 *         saved in the same atomic save
	 */
	Resource resource();

	EditingDomain editingDomain();

	/** @return the editor's command stack: undo, redo and the dirty state follow it */
	CommandStack commandStack();

	/** @return the item providers of every registered model (labels, property descriptors, children) */
	AdapterFactory adapterFactory();

	/**
	 * Runs {@code command} on the editor's command stack when it can execute and the editor is not read-only;
	 * otherwise does nothing.
	 */
	void execute(Command command);

	/** Makes {@code selection} the editor's selection: the Properties view, the Outline and the status line follow it. */
	void setSelection(ISelection selection);

	/**
	 * Goes to {@code element}: activates the first page (in page order) whose {@link FacilityPage#shows(EObject)}
	 * accepts it or its nearest container, lets that page {@linkplain FacilityPage#reveal(EObject) reveal} it and
	 * makes it the selection.
	 */
	void reveal(EObject element);

	/**
	 * Activates the page with {@code pageId} (the {@code id} of its contribution).
	 *
	 * @return false when the editor has no such page (its contribution is missing or broken)
	 */
	boolean showPage(String pageId);

	/**
	 * Activates the page with {@code pageId} and asks it to {@linkplain FacilityPage#applyFilter(PageFilter) narrow}
	 * what it shows to {@code filter} (null: show everything). A page that cannot filter is shown as it is.
	 *
	 * @return false when the editor has no such page
	 * @since 0.1
	 */
	boolean showPage(String pageId, PageFilter filter);

	/** @return the facility file in the workspace */
	IFile file();

	/** @return the shell for dialogs */
	Shell shell();

	/** @return true when the facility must not be changed (a read-only file or a backup copy); pages disable editing */
	boolean isReadOnly();
}
