package io.sekisho.checklist.editions;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.catalog.CatalogPackage;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.internal.Messages;
import io.sekisho.model.persistence.LocalOnlyURIConverter;
import io.sekisho.model.persistence.ModelLoadException;
import io.sekisho.model.persistence.SelfContained;

/** Reads one edition data file (XMI of the catalog model) and checks it before anyone uses it. */
public final class EditionLoader {

	private EditionLoader() {
	}

	/**
	 * @param in the file content, UTF-8 XMI
	 * @param name how messages name the file, for example "io.sekisho.checklist/editions/mhlw-r7.xmi"
	 */
	public static Edition load(InputStream in, String name) throws EditionFormatException {
		ResourceSet resourceSet = new ResourceSetImpl();
		// the package is registered locally so loading works without the global registry (plain tests, vendor tools)
		resourceSet.getPackageRegistry().put(CatalogPackage.eNS_URI, CatalogPackage.eINSTANCE);
		// an edition names no other document: nothing is opened or fetched for it (issue 19, findings 1 and 14)
		resourceSet.setURIConverter(new LocalOnlyURIConverter());
		Resource resource = new XMIResourceImpl(URI.createURI("edition:/" + URI.encodeSegment(name, false))); //$NON-NLS-1$
		resourceSet.getResources().add(resource);
		List<String> problems = new ArrayList<>();
		byte[] content;
		try {
			content = in.readAllBytes();
		} catch (IOException e) {
			throw new EditionFormatException(List.of(NLS.bind(Messages.Edition_unreadable, name, e.getMessage())));
		}
		try {
			Map<Object, Object> options = SelfContained.safeLoadOptions();
			options.put(XMLResource.OPTION_ENCODING, "UTF-8"); //$NON-NLS-1$
			resource.load(new ByteArrayInputStream(content), options);
			SelfContained.check(resource, content);
		} catch (ModelLoadException e) {
			throw new EditionFormatException(List.of(NLS.bind(Messages.Edition_syntax, new Object[] { name, e.line(), e.column(), e.detail() })));
		} catch (IOException e) {
			if (resource.getErrors().isEmpty()) {
				throw new EditionFormatException(List.of(NLS.bind(Messages.Edition_unreadable, name, e.getMessage())));
			}
		}
		for (Resource.Diagnostic error : resource.getErrors()) {
			problems.add(NLS.bind(Messages.Edition_syntax, new Object[] { name, error.getLine(), error.getColumn(), error.getMessage() }));
		}
		if (!problems.isEmpty()) {
			throw new EditionFormatException(problems);
		}
		if (resource.getContents().size() != 1 || !(resource.getContents().get(0) instanceof Edition edition)) {
			throw new EditionFormatException(List.of(NLS.bind(Messages.Edition_noEditionRoot, name)));
		}
		Diagnostic diagnostic = Diagnostician.INSTANCE.validate(edition);
		collectErrors(name, diagnostic, problems);
		problems.addAll(EditionValidator.check(edition, name));
		if (!problems.isEmpty()) {
			throw new EditionFormatException(problems);
		}
		// the resource set is not needed any more; the edition stays self-contained in its resource
		return edition;
	}

	private static void collectErrors(String name, Diagnostic diagnostic, List<String> problems) {
		if (diagnostic.getSeverity() < Diagnostic.ERROR) {
			return;
		}
		if (diagnostic.getChildren().isEmpty()) {
			String place = diagnostic.getData().isEmpty() || !(diagnostic.getData().get(0) instanceof EObject eObject) ? "" //$NON-NLS-1$
					: EditionValidator.placeOf(eObject);
			problems.add(NLS.bind(Messages.Edition_invalid, new Object[] { name, place, diagnostic.getMessage() }));
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collectErrors(name, child, problems);
		}
	}
}
