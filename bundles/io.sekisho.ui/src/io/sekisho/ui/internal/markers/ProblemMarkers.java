package io.sekisho.ui.internal.markers;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.evaluation.AnswerWarnings;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.ElementPath;
import io.sekisho.model.validation.WorkbookValidation;

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
		List<Diagnostic> problems = new ArrayList<>();
		collect(new WorkbookValidation().diagnose(workbook), problems);
		// the checklist's own warnings: a recorded はい that the evidence in the model contradicts, and the like
		AnswerWarnings answers = new AnswerWarnings(EditionRegistry.fromPlatform(),
				new Suggestions(EvaluatorRegistry.fromPlatform(), LocalDate.now()));
		problems.addAll(answers.check(workbook));
		file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
		for (Diagnostic diagnostic : problems) {
			create(file, diagnostic);
		}
	}

	/**
	 * Replaces the markers of {@code file} by one error: the file could not be read ({@code line} 0 when unknown).
	 * The next successful load replaces it by the validation results.
	 */
	public static void loadFailed(IFile file, String message, int line) throws CoreException {
		file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
		IMarker marker = file.createMarker(MARKER_TYPE);
		marker.setAttribute(IMarker.MESSAGE, message);
		marker.setAttribute(IMarker.SEVERITY, IMarker.SEVERITY_ERROR);
		if (line > 0) {
			marker.setAttribute(IMarker.LINE_NUMBER, line);
		}
	}

	/** The leaves of a diagnostic tree: the problems themselves, without the summaries above them. */
	private static void collect(Diagnostic diagnostic, List<Diagnostic> into) {
		if (diagnostic.getChildren().isEmpty()) {
			if (diagnostic.getSeverity() != Diagnostic.OK) {
				into.add(diagnostic);
			}
			return;
		}
		for (Diagnostic child : diagnostic.getChildren()) {
			collect(child, into);
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
