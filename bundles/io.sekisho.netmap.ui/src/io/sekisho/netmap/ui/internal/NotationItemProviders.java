package io.sekisho.netmap.ui.internal;

import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.Adapter;
import org.eclipse.emf.common.notify.Notifier;
import org.eclipse.emf.common.notify.impl.AdapterFactoryImpl;
import org.eclipse.emf.edit.provider.ComposeableAdapterFactory;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IEditingDomainItemProvider;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IStructuredItemContentProvider;
import org.eclipse.emf.edit.provider.ITreeItemContentProvider;
import org.eclipse.emf.edit.provider.ItemProviderAdapter;

import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.NotationPackage;

/**
 * Item providers of the network map's notation for the editor's Outline and Properties view: the diagram is
 * "ネットワーク構成図" with nothing inside (its figures are positions by element id, nothing a person reads), never
 * its class name and an id.
 */
public final class NotationItemProviders extends AdapterFactoryImpl implements ComposeableAdapterFactory {

	private static final List<Object> TYPES = List.of(IEditingDomainItemProvider.class, IStructuredItemContentProvider.class,
			ITreeItemContentProvider.class, IItemLabelProvider.class, IItemPropertySource.class);

	private ComposedAdapterFactory parent;

	@Override
	public boolean isFactoryForType(Object type) {
		return type == NotationPackage.eINSTANCE || TYPES.contains(type);
	}

	@Override
	public Adapter adapt(Notifier notifier, Object type) {
		return super.adapt(notifier, this);
	}

	@Override
	public Object adapt(Object object, Object type) {
		if (isFactoryForType(type)) {
			Object adapter = super.adapt(object, type);
			if (!(type instanceof Class<?> c) || c.isInstance(adapter)) {
				return adapter;
			}
		}
		return null;
	}

	@Override
	protected Adapter createAdapter(Notifier target) {
		return new NotationItemProvider(this, target instanceof Diagram);
	}

	@Override
	public ComposeableAdapterFactory getRootAdapterFactory() {
		return parent == null ? this : parent.getRootAdapterFactory();
	}

	@Override
	public void setParentAdapterFactory(ComposedAdapterFactory parentAdapterFactory) {
		this.parent = parentAdapterFactory;
	}

	/** The diagram with its name and no children; its figures, should they ever show, as "figure". */
	private static final class NotationItemProvider extends ItemProviderAdapter implements IEditingDomainItemProvider,
			IStructuredItemContentProvider, ITreeItemContentProvider, IItemLabelProvider, IItemPropertySource {

		private final boolean diagram;

		NotationItemProvider(NotationItemProviders factory, boolean diagram) {
			super(factory);
			this.diagram = diagram;
		}

		@Override
		public String getText(Object object) {
			return diagram ? Messages.Page_title : Messages.Outline_figure;
		}

		@Override
		public Collection<?> getChildren(Object object) {
			return List.of();
		}

		@Override
		public boolean hasChildren(Object object) {
			return false;
		}
	}
}
