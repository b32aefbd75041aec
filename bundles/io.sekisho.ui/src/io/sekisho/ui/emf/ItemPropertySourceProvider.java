package io.sekisho.ui.emf;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.IPropertySourceProvider;

/** Supplies the Properties view's page with an {@link ItemPropertySource} for each selected model element. */
public class ItemPropertySourceProvider implements IPropertySourceProvider {

	private final AdapterFactory adapterFactory;

	public ItemPropertySourceProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public IPropertySource getPropertySource(Object object) {
		if (object instanceof IPropertySource source) {
			return source;
		}
		IItemPropertySource itemPropertySource = (IItemPropertySource) adapterFactory.adapt(object, IItemPropertySource.class);
		return itemPropertySource == null ? null : new ItemPropertySource(object, itemPropertySource, adapterFactory);
	}
}
