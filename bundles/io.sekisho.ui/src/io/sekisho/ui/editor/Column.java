package io.sekisho.ui.editor;

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
public record Column(String header, EStructuralFeature feature, Function<EObject, String> derived, int width) {

	/** A column showing and editing {@code feature} of the row. */
	public static Column of(String header, EStructuralFeature feature, int width) {
		return new Column(header, feature, null, width);
	}

	/** A read-only column showing a text computed from the row. */
	public static Column derived(String header, Function<EObject, String> text, int width) {
		return new Column(header, null, text, width);
	}

	/** @return true when the cell can be edited in place */
	public boolean editable() {
		return feature != null && feature.isChangeable() && !feature.isDerived();
	}
}
