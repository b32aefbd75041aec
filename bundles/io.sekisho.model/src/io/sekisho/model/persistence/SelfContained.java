package io.sekisho.model.persistence;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.InternalEObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.XMLResource;
import org.eclipse.osgi.util.NLS;

import io.sekisho.model.internal.Messages;

/**
 * A facility file refers to nothing outside itself: every reference points to an element of the same file (other
 * modules' roots refer to facility elements by their id string, not by reference). A reference to another document,
 * or one that stayed unresolved, fails the load with its line, before anything could try to fetch it.
 */
public final class SelfContained {

	/** The SAX feature that makes the parser refuse any DOCTYPE (no entities, no external DTD). */
	public static final String DISALLOW_DOCTYPE = "http://apache.org/xml/features/disallow-doctype-decl"; //$NON-NLS-1$

	private SelfContained() {
	}

	/**
	 * Load options for any EMF XML resource read from a file a user or vendor supplies (facility files, checklist
	 * editions): no DOCTYPE, no package looked up at its namespace URI. Use with a {@link LocalOnlyURIConverter}.
	 */
	public static Map<Object, Object> safeLoadOptions() {
		Map<Object, Object> options = new HashMap<>();
		options.put(XMLResource.OPTION_PARSER_FEATURES, Map.of(DISALLOW_DOCTYPE, Boolean.TRUE));
		options.put(XMLResource.OPTION_USE_PACKAGE_NS_URI_AS_LOCATION, Boolean.FALSE);
		return options;
	}

	/**
	 * @param content the bytes the resource was loaded from, to name the line of a reference
	 * @throws ModelLoadException when an element refers to another document or a reference stayed unresolved
	 */
	public static void check(Resource resource, byte[] content) throws ModelLoadException {
		for (TreeIterator<EObject> it = resource.getAllContents(); it.hasNext();) {
			EObject element = it.next();
			if (element.eIsProxy()) { // a contained element given as href="…" (cross-document containment)
				throw refused(resource, content, element);
			}
			for (EReference reference : element.eClass().getEAllReferences()) {
				if (reference.isContainment() || reference.isContainer() || reference.isTransient() || reference.isDerived()) {
					continue;
				}
				for (EObject target : values(element, reference)) {
					if (target.eIsProxy() || target.eResource() != resource) {
						throw refused(resource, content, target);
					}
				}
			}
		}
	}

	@SuppressWarnings("unchecked")
	private static Iterable<EObject> values(EObject element, EReference reference) {
		if (!element.eIsSet(reference)) {
			return List.of();
		}
		Object value = element.eGet(reference, false); // never resolve: resolving is what could fetch
		if (reference.isMany()) {
			return (List<EObject>) value;
		}
		return value == null ? List.of() : List.of((EObject) value);
	}

	private static ModelLoadException refused(Resource resource, byte[] content, EObject target) {
		String uri = target.eIsProxy() ? String.valueOf(((InternalEObject) target).eProxyURI()) : String.valueOf(target.eResource().getURI());
		String text = new String(content, StandardCharsets.UTF_8);
		int at = text.indexOf("href="); //$NON-NLS-1$
		int line = 0;
		int column = 0;
		if (at >= 0) {
			line = 1;
			int lineStart = 0;
			for (int i = 0; i < at; i++) {
				if (text.charAt(i) == '\n') {
					line++;
					lineStart = i + 1;
				}
			}
			column = at - lineStart + 1;
		}
		String file = resource.getURI().isFile() ? resource.getURI().toFileString() : resource.getURI().toString();
		return new ModelLoadException(file, line, column, NLS.bind(Messages.Load_crossDocumentReference, shorten(uri)), null);
	}

	/** An attacker chooses the URI: keep it short and printable in the message. */
	private static String shorten(String uri) {
		String printable = uri.replaceAll("\\p{Cntrl}", "?"); //$NON-NLS-1$ //$NON-NLS-2$
		return printable.length() > 120 ? printable.substring(0, 120) + "…" : printable; //$NON-NLS-1$
	}
}
