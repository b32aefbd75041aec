package io.sekisho.ui.internal.editor;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.sekisho.ui.editor.FacilityEditorContext;
import io.sekisho.ui.editor.ModelChanges;
import io.sekisho.ui.emf.ItemLabelProvider;
import io.sekisho.ui.emf.ItemTreeContentProvider;

/**
 * The Outline view of a facility: every root of the file (the facility, and what modules keep beside it) as the
 * item providers structure them; a selection goes to the element in the editor.
 */
final class FacilityOutlinePage extends ContentOutlinePage {

	private final FacilityEditorContext context;

	FacilityOutlinePage(FacilityEditorContext context) {
		this.context = context;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ItemTreeContentProvider(context.adapterFactory()));
		viewer.setLabelProvider(new ItemLabelProvider(context.adapterFactory()));
		viewer.setInput(context.resource());
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof EObject element && viewer.getControl().isFocusControl()) {
				context.reveal(element);
			}
		});
		ModelChanges.refreshAfterCommands(viewer.getControl(), context.commandStack(), viewer::refresh);
	}

	/** Shows {@code resource} (the editor reloaded its file). */
	void show(org.eclipse.emf.ecore.resource.Resource resource) {
		if (getTreeViewer() != null && !getTreeViewer().getControl().isDisposed()) {
			getTreeViewer().setInput(resource);
		}
	}
}
