package io.sekisho.checklist.editions;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.eclipse.emf.common.util.TreeIterator;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EcorePackage;

import io.sekisho.checklist.catalog.Edition;

/**
 * Certainty (firm / likely / open) is an attribute of the catalog, never part of a text: a text with a marker such
 * as "[likely]" would reach the hospital's workbook and screens. The loader refuses such an edition file.
 */
public final class CertaintyMarkers {

	/** The markers the domain notes use, in any case, with or without the space after them. */
	public static final Pattern MARKER = Pattern.compile("\\[(firm|likely|open)\\]", Pattern.CASE_INSENSITIVE); //$NON-NLS-1$

	private CertaintyMarkers() {
	}

	/** @return whether a text carries a certainty marker */
	public static boolean in(String text) {
		return text != null && MARKER.matcher(text).find();
	}

	/** @return the places ("item 2-⑦ textJa") of every string attribute of the edition that carries a marker */
	public static List<String> find(Edition edition) {
		List<String> places = new ArrayList<>();
		check(edition, places);
		for (TreeIterator<EObject> it = edition.eAllContents(); it.hasNext();) {
			check(it.next(), places);
		}
		return places;
	}

	private static void check(EObject element, List<String> places) {
		for (EAttribute attribute : element.eClass().getEAllAttributes()) {
			if (attribute.getEAttributeType() == EcorePackage.Literals.ESTRING && !attribute.isMany()
					&& in((String) element.eGet(attribute))) {
				places.add(EditionValidator.placeOf(element) + " " + attribute.getName()); //$NON-NLS-1$
			}
		}
	}
}
