package io.sekisho.ui.internal.editor;

import java.util.function.Function;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;

/**
 * A column of a {@link ModelTable}: a feature of the row element (editable in place), or a derived text.
 *
 * @param header the column title (externalized by the caller)
 * @param feature the feature shown and edited, or {@code null} for a derived column
 * @param derived the text of a derived column, or {@code null}
 * @param width the initial width in pixels
 */
record Column(String header, EStructuralFeature feature, Function<EObject, String> derived, int width) {

	static Column of(String header, EStructuralFeature feature, int width) {
		return new Column(header, feature, null, width);
	}

	static Column derived(String header, Function<EObject, String> text, int width) {
		return new Column(header, null, text, width);
	}

	boolean editable() {
		return feature != null && feature.isChangeable() && !feature.isDerived();
	}
}
