package io.sekisho.model.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;

/**
 * The problems of one value of one element, found by the same {@link WorkbookValidator} the workbook validation
 * (Problems view, {@code sekishoc validate}) runs: for showing an error where the value is typed, before or after
 * it is stored. Not thread-safe; one instance per editor control.
 */
public final class ElementChecks {

	private final WorkbookValidator validator = new WorkbookValidator();
	/** Shared by the checks until {@link #forget()}: the validator caches counts over the workbook in it. */
	private Map<Object, Object> context = new HashMap<>();

	/**
	 * @return the errors and warnings of {@code element} itself (not of its contents), worst first; each with the
	 *         element and the feature it concerns as data (as the workbook validation reports them)
	 */
	public List<Diagnostic> problems(EObject element) {
		return check(element, element, null);
	}

	/**
	 * @return the errors and warnings {@code element} would have for {@code feature} with {@code value} in it, worst
	 *         first; the element itself is not changed (a copy is checked, outside its container: checks across the
	 *         workbook, such as duplicate device names, are not made here)
	 */
	public List<Diagnostic> problemsWith(EObject element, EStructuralFeature feature, Object value) {
		EObject copy = EcoreUtil.copy(element);
		copy.eSet(feature, value);
		return check(copy, element, feature);
	}

	/** The model changed: counts over the workbook are made again by the next check. */
	public void forget() {
		context = new HashMap<>();
	}

	private List<Diagnostic> check(EObject checked, EObject reported, EStructuralFeature feature) {
		BasicDiagnostic chain = new BasicDiagnostic();
		validator.validate(checked.eClass(), checked, chain, context);
		List<Diagnostic> result = new ArrayList<>();
		for (Diagnostic d : chain.getChildren()) {
			if (d.getSeverity() < Diagnostic.WARNING || d.getData().size() < 2) {
				continue;
			}
			Object about = d.getData().get(1);
			if (feature == null || about == feature) {
				result.add(new BasicDiagnostic(d.getSeverity(), d.getSource(), d.getCode(), d.getMessage(), new Object[] { reported, about }));
			}
		}
		result.sort((a, b) -> Integer.compare(b.getSeverity(), a.getSeverity()));
		return result;
	}
}
