package io.sekisho.ui.internal.explorer;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IResourceChangeEvent;
import org.eclipse.core.resources.IResourceChangeListener;
import org.eclipse.core.resources.IResourceDelta;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.jface.viewers.BaseLabelProvider;
import org.eclipse.jface.viewers.IDecoration;
import org.eclipse.jface.viewers.ILightweightLabelDecorator;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;

import io.sekisho.model.persistence.SekishoResourceFactory;
import io.sekisho.ui.internal.Messages;

/**
 * Project Explorer: every facility file is called facility.sekisho, so its label gets the facility's name
 * ("facility.sekisho（厚労記念病院）"). The name is read from the start of the saved file (the facility element comes
 * first) and cached by the file's modification stamp; a change of the file on disk re-decorates it.
 */
public final class FacilityNameDecorator extends BaseLabelProvider implements ILightweightLabelDecorator, IResourceChangeListener {

	public static final String ID = "io.sekisho.ui.facilityNameDecorator"; //$NON-NLS-1$
	/** How far into the file the facility element may start. */
	private static final int MAX_EVENTS = 64;

	private record Cached(long stamp, String name) {
	}

	private final Map<IFile, Cached> names = new ConcurrentHashMap<>();

	public FacilityNameDecorator() {
		ResourcesPlugin.getWorkspace().addResourceChangeListener(this, IResourceChangeEvent.POST_CHANGE);
	}

	@Override
	public void decorate(Object element, IDecoration decoration) {
		if (element instanceof IFile file && SekishoResourceFactory.FILE_EXTENSION.equals(file.getFileExtension())) {
			String name = name(file);
			if (name != null && !name.isBlank()) {
				decoration.addSuffix(NLS.bind(Messages.Explorer_facilitySuffix, name.strip()));
			}
		}
	}

	private String name(IFile file) {
		long stamp = file.getModificationStamp();
		Cached cached = names.get(file);
		if (cached != null && cached.stamp() == stamp) {
			return cached.name();
		}
		String name = readName(file);
		names.put(file, new Cached(stamp, name));
		return name;
	}

	/** @return the name attribute of the facility element, or null when the file has none or cannot be read */
	public static String readName(IFile file) {
		if (!file.isAccessible()) {
			return null;
		}
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, Boolean.FALSE);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, Boolean.FALSE);
		try (InputStream in = file.getContents(true)) {
			XMLStreamReader reader = factory.createXMLStreamReader(in);
			try {
				int depth = 0;
				for (int events = 0; reader.hasNext() && events < MAX_EVENTS; events++) {
					int event = reader.next();
					if (event == XMLStreamConstants.START_ELEMENT) {
						depth++;
						if (depth == 2 && "facility".equals(reader.getLocalName())) { //$NON-NLS-1$
							return reader.getAttributeValue(null, "name"); //$NON-NLS-1$
						}
					} else if (event == XMLStreamConstants.END_ELEMENT) {
						depth--;
					}
				}
				return null;
			} finally {
				reader.close();
			}
		} catch (IOException | CoreException | XMLStreamException | RuntimeException e) {
			return null; // a broken file shows without a name; the editor explains what is wrong with it
		}
	}

	@Override
	public void resourceChanged(IResourceChangeEvent event) {
		List<IFile> changed = new ArrayList<>();
		try {
			event.getDelta().accept(delta -> {
				IResource resource = delta.getResource();
				if (resource instanceof IFile file && SekishoResourceFactory.FILE_EXTENSION.equals(file.getFileExtension())
						&& (delta.getFlags() & (IResourceDelta.CONTENT | IResourceDelta.REPLACED)) != 0) {
					names.remove(file);
					changed.add(file);
				}
				return true;
			});
		} catch (CoreException e) {
			return;
		}
		if (!changed.isEmpty() && PlatformUI.isWorkbenchRunning()) {
			// the documented way to have the viewers ask the decorator again
			Display.getDefault().asyncExec(() -> PlatformUI.getWorkbench().getDecoratorManager().update(ID));
		}
	}

	@Override
	public void dispose() {
		ResourcesPlugin.getWorkspace().removeResourceChangeListener(this);
		names.clear();
		super.dispose();
	}
}
