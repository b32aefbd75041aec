package io.sekisho.core.checks;

import java.time.LocalDate;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import io.sekisho.model.validation.ElementPath;
import io.sekisho.model.validation.Problem;

/**
 * What a running check gets besides the facility: the day it checks for (end of support, overdue dates) and the
 * source its problems carry (the check's id). Builds the {@link Problem}s with the element's readable path.
 */
public final class CheckContext {

	private final LocalDate today;
	private final String source;

	public CheckContext(LocalDate today, String source) {
		this.today = today;
		this.source = source;
	}

	/** @return the day the facility is checked for */
	public LocalDate today() {
		return today;
	}

	/** @return the id of the running check, the {@link Problem#source()} of its problems */
	public String source() {
		return source;
	}

	public Problem error(EObject element, String message) {
		return problem(Diagnostic.ERROR, element, message);
	}

	public Problem warning(EObject element, String message) {
		return problem(Diagnostic.WARNING, element, message);
	}

	public Problem info(EObject element, String message) {
		return problem(Diagnostic.INFO, element, message);
	}

	/** @param element the element the problem is about, or null for the facility as a whole */
	public Problem problem(int severity, EObject element, String message) {
		return new Problem(severity, 0, source, element == null ? "/" : ElementPath.of(element), message, element); //$NON-NLS-1$
	}
}
