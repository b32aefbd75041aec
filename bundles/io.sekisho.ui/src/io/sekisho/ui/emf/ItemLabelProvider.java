package io.sekisho.ui.emf;

import java.net.URL;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.JFaceResources;
import org.eclipse.jface.resource.LocalResourceManager;
import org.eclipse.jface.viewers.LabelProvider;
import org.eclipse.swt.graphics.Image;

/**
 * Labels and icons of model elements from the item providers of io.sekisho.model.edit. EMF's own JFace bridge
 * (org.eclipse.emf.edit.ui) is not on Maven Central; this is the small part of it that Sekisho needs.
 */
public class ItemLabelProvider extends LabelProvider {

	private final AdapterFactory adapterFactory;
	private final LocalResourceManager images = new LocalResourceManager(JFaceResources.getResources());

	public ItemLabelProvider(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	@Override
	public String getText(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider != null ? provider.getText(element) : super.getText(element);
	}

	@Override
	public Image getImage(Object element) {
		IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(element, IItemLabelProvider.class);
		return provider != null ? imageOf(provider.getImage(element)) : null;
	}

	/** @return the SWT image of an EMF image object (a URL of a .gif/.png), owned by this provider */
	public Image imageOf(Object emfImage) {
		if (emfImage instanceof URL url) {
			return images.create(ImageDescriptor.createFromURL(url));
		}
		return null;
	}

	@Override
	public void dispose() {
		images.dispose();
		super.dispose();
	}
}
