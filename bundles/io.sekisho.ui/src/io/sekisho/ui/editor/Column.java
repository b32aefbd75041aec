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
 * @param sortKey the value the column sorts by (compared by {@link ValueOrder}), or {@code null}: the feature's
 *            value, for a derived column its text
 */
public record Column(String header, EStructuralFeature feature, Function<EObject, String> derived, int width,
		Function<EObject, ?> sortKey) {

	/** A column showing and editing {@code feature} of the row. */
	public static Column of(String header, EStructuralFeature feature, int width) {
		return new Column(header, feature, null, width, null);
	}

	/** A read-only column showing a text computed from the row. */
	public static Column derived(String header, Function<EObject, String> text, int width) {
		return new Column(header, null, text, width, null);
	}

	/** @return this column, sorting by {@code key} (a number, date, enum literal or text of the row) */
	public Column sortedBy(Function<EObject, ?> key) {
		return new Column(header, feature, derived, width, key);
	}

	/** @return true when the cell can be edited in place */
	public boolean editable() {
		return feature != null && feature.isChangeable() && !feature.isDerived();
	}
}
