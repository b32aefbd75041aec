package io.sekisho.model.validation;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

/** One validation problem, flattened for printing: severity, where, what. */
public record Problem(int severity, int code, String source, String path, String message, EObject element) {

	public boolean isError() {
		return severity >= Diagnostic.ERROR;
	}

	/** @return ERROR, WARNING or INFO */
	public String severityName() {
		return severity >= Diagnostic.ERROR ? "ERROR" : severity == Diagnostic.WARNING ? "WARNING" : "INFO"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}
}
