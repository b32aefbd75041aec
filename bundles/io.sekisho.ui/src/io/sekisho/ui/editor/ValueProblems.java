package io.sekisho.ui.editor;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.jface.fieldassist.FieldDecorationRegistry;
import org.eclipse.swt.graphics.Image;

import io.sekisho.model.validation.ElementChecks;

/**
 * The problem of one value where it is shown or typed: text that cannot be read as a value of the feature, or an
 * error or warning of the workbook validation ({@link ElementChecks}: the same checks as the Problems view and
 * {@code sekishoc validate}, no second set of rules here).
 */
final class ValueProblems {

	/** An error or a warning, with the message the user reads. */
	record Problem(int severity, String message) {
		boolean error() {
			return severity >= Diagnostic.ERROR;
		}

		/** @return the field-assist icon of the severity (shared by the platform: not to be disposed) */
		Image image() {
			return FieldDecorationRegistry.getDefault()
					.getFieldDecoration(error() ? FieldDecorationRegistry.DEC_ERROR : FieldDecorationRegistry.DEC_WARNING).getImage();
		}
	}

	private final FeatureValues values;
	private final ElementChecks checks = new ElementChecks();
	/** The problems of each element as stored, found once per model change (rows in view are asked repeatedly). */
	private final Map<EObject, List<Diagnostic>> stored = new IdentityHashMap<>();

	ValueProblems(FeatureValues values) {
		this.values = values;
	}

	/** @return the worst problem of {@code text} typed for {@code feature} of {@code element}, or null */
	Problem typed(EObject element, EStructuralFeature feature, String text, String column) {
		Object value;
		try {
			value = values.parse(element, feature, text, column);
		} catch (IllegalArgumentException e) {
			return new Problem(Diagnostic.ERROR, e.getMessage());
		}
		return worst(checks.problemsWith(element, feature, value));
	}

	/** @return the worst problem of the value stored in {@code feature} of {@code element}, or null */
	Problem stored(EObject element, EStructuralFeature feature) {
		List<Diagnostic> all = stored.computeIfAbsent(element, checks::problems);
		return worst(all.stream().filter(d -> d.getData().size() > 1 && d.getData().get(1) == feature).toList());
	}

	/** The model changed: the stored values are checked again when next shown. */
	void forget() {
		stored.clear();
		checks.forget();
	}

	private static Problem worst(List<Diagnostic> found) {
		return found.isEmpty() ? null : new Problem(found.get(0).getSeverity(), found.get(0).getMessage());
	}
}
