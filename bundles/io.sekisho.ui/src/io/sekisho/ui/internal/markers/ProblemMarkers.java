package io.sekisho.ui.internal.markers;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.Diagnostician;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.ElementPath;

/**
 * Validation results of a facility file as markers in the Problems view. Each marker remembers the element it is
 * about (its URI fragment), so a double-click in the Problems view opens the editor on that element.
 */
public final class ProblemMarkers {

	public static final String MARKER_TYPE = "io.sekisho.ui.problem"; //$NON-NLS-1$
	public static final String ELEMENT_ATTRIBUTE = "io.sekisho.element"; //$NON-NLS-1$

	private ProblemMarkers() {
	}

	/** Replaces the markers of {@code file} by the diagnostics of validating {@code workbook}. */
	public static void update(IFile file, FacilityWorkbook workbook) throws CoreException {
		Diagnostic result = Diagnostician.INSTANCE.validate(workbook);
		file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
		for (Diagnostic diagnostic : result.getChildren()) {
			create(file, diagnostic);
		}
	}

	private static void create(IFile file, Diagnostic diagnostic) throws CoreException {
		if (diagnostic.getSeverity() == Diagnostic.OK) {
			return;
		}
		IMarker marker = file.createMarker(MARKER_TYPE);
		marker.setAttribute(IMarker.MESSAGE, diagnostic.getMessage());
		marker.setAttribute(IMarker.SEVERITY, switch (diagnostic.getSeverity()) {
			case Diagnostic.ERROR, Diagnostic.CANCEL -> IMarker.SEVERITY_ERROR;
			case Diagnostic.WARNING -> IMarker.SEVERITY_WARNING;
			default -> IMarker.SEVERITY_INFO;
		});
		if (!diagnostic.getData().isEmpty() && diagnostic.getData().get(0) instanceof EObject element) {
			marker.setAttribute(ELEMENT_ATTRIBUTE, EcoreUtil.getURI(element).fragment());
			marker.setAttribute(IMarker.LOCATION, ElementPath.of(element));
		}
	}
}
