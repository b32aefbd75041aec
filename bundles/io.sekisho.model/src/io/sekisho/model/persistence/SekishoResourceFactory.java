package io.sekisho.model.persistence;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.ResourceFactoryImpl;

/** Creates {@link SekishoResource}s; registered for the file extension {@code sekisho} in plugin.xml. */
public final class SekishoResourceFactory extends ResourceFactoryImpl {

	public static final String FILE_EXTENSION = "sekisho"; //$NON-NLS-1$

	@Override
	public Resource createResource(URI uri) {
		return new SekishoResource(uri);
	}
}
