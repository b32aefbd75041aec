package io.sekisho.ui.internal.editor;

import java.util.Collection;

import org.eclipse.emf.common.command.CommandStackListener;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.ITreeContentProvider;
import org.eclipse.jface.viewers.TreeViewer;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.contentoutline.ContentOutlinePage;

import io.sekisho.ui.internal.emf.ItemLabelProvider;

/** The Outline view of a facility: its elements as the item providers structure them; a selection opens the element. */
final class FacilityOutlinePage extends ContentOutlinePage {

	private final FacilityEditor editor;
	private CommandStackListener refresher;

	FacilityOutlinePage(FacilityEditor editor) {
		this.editor = editor;
	}

	@Override
	public void createControl(Composite parent) {
		super.createControl(parent);
		TreeViewer viewer = getTreeViewer();
		viewer.setContentProvider(new ItemTreeContent());
		viewer.setLabelProvider(new ItemLabelProvider(editor.adapterFactory()));
		viewer.setInput(editor.workbook().eResource());
		viewer.expandToLevel(2);
		viewer.addSelectionChangedListener(e -> {
			Object first = ((IStructuredSelection) e.getSelection()).getFirstElement();
			if (first instanceof EObject element && viewer.getControl().isFocusControl()) {
				editor.reveal(element);
			}
		});
		refresher = event -> viewer.getControl().getDisplay().asyncExec(() -> {
			if (!viewer.getControl().isDisposed()) {
				viewer.refresh();
			}
		});
		editor.getEditingDomain().getCommandStack().addCommandStackListener(refresher);
	}

	@Override
	public void dispose() {
		editor.getEditingDomain().getCommandStack().removeCommandStackListener(refresher);
		super.dispose();
	}

	/** Children from the item providers (EMF's AdapterFactoryContentProvider lives in the missing edit.ui). */
	private final class ItemTreeContent implements ITreeContentProvider {
		@Override
		public Object[] getElements(Object input) {
			return input instanceof org.eclipse.emf.ecore.resource.Resource resource ? resource.getContents().toArray() : getChildren(input);
		}

		@Override
		public Object[] getChildren(Object parent) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) editor.adapterFactory().adapt(parent, ITreeItemContentProvider.class);
			Collection<?> children = provider == null ? java.util.List.of() : provider.getChildren(parent);
			return children.toArray();
		}

		@Override
		public Object getParent(Object element) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) editor.adapterFactory().adapt(element, ITreeItemContentProvider.class);
			return provider == null ? null : provider.getParent(element);
		}

		@Override
		public boolean hasChildren(Object element) {
			ITreeItemContentProvider provider = (ITreeItemContentProvider) editor.adapterFactory().adapt(element, ITreeItemContentProvider.class);
			return provider != null && provider.hasChildren(element);
		}
	}
}
