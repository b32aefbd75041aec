package io.sekisho.ui.emf;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.jface.viewers.ITreeContentProvider;

/**
 * Tree content from the item providers (children as io.sekisho.model.edit structures them); a {@link Resource} as
 * input shows its roots. EMF's AdapterFactoryContentProvider lives in edit.ui, which is not available to Sekisho.
 */
public class ItemTreeContentProvider implements ITreeContentProvider {

	private final AdapterFactory adapterFactory;

	public ItemTreeContentProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object[] getElements(Object input) {
		return input instanceof Resource resource ? resource.getContents().toArray() : getChildren(input);
	}

	@Override
	public Object[] getChildren(Object parent) {
		ITreeItemContentProvider provider = provider(parent);
		Collection<?> children = provider == null ? List.of() : provider.getChildren(parent);
		return children.toArray();
	}

	@Override
	public Object getParent(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider == null ? null : provider.getParent(element);
	}

	@Override
	public boolean hasChildren(Object element) {
		ITreeItemContentProvider provider = provider(element);
		return provider != null && provider.hasChildren(element);
	}

	private ITreeItemContentProvider provider(Object element) {
		return (ITreeItemContentProvider) adapterFactory.adapt(element, ITreeItemContentProvider.class);
	}
}
