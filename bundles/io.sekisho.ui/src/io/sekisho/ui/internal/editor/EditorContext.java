package io.sekisho.ui.internal.editor;

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
import io.sekisho.ui.editor.FacilityEditorContext;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.editor.PageFilter;

/** The {@link FacilityEditorContext} of one facility editor: the API face of {@link FacilityEditor} for its pages. */
final class EditorContext implements FacilityEditorContext {

	private final FacilityEditor editor;

	EditorContext(FacilityEditor editor) {
		this.editor = editor;
	}

	@Override
	public FacilityWorkbook facility() {
		return editor.workbook();
	}

	@Override
	public Resource resource() {
		return editor.resource();
	}

	@Override
	public EditingDomain editingDomain() {
		return editor.getEditingDomain();
	}

	@Override
	public CommandStack commandStack() {
		return editor.getEditingDomain().getCommandStack();
	}

	@Override
	public AdapterFactory adapterFactory() {
		return editor.adapterFactory();
	}

	@Override
	public void execute(Command command) {
		if (command != null && !isReadOnly() && command.canExecute()) {
			commandStack().execute(command);
		}
	}

	@Override
	public void setSelection(ISelection selection) {
		editor.setSelection(selection);
	}

	@Override
	public void reveal(EObject element) {
		editor.reveal(element);
	}

	@Override
	public boolean showPage(String pageId) {
		return editor.showPage(pageId);
	}

	@Override
	public boolean showPage(String pageId, PageFilter filter) {
		if (!editor.showPage(pageId)) {
			return false;
		}
		FacilityPage page = editor.findPage(pageId) instanceof FacilityPage p ? p : null;
		if (page != null) {
			page.applyFilter(filter);
		}
		return true;
	}

	@Override
	public IFile file() {
		return editor.file();
	}

	@Override
	public Shell shell() {
		return editor.getSite().getShell();
	}

	@Override
	public boolean isReadOnly() {
		return editor.isReadOnly();
	}
}
