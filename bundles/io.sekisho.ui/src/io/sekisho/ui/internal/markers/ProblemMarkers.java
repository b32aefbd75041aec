package io.sekisho.ui.internal.markers;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.IWorkspace;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.sekisho.core.checks.CheckReport;
import io.sekisho.core.checks.FacilityChecks;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;

/**
 * The problems of a facility file as markers in the Problems view: what every check contributed to
 * {@code io.sekisho.core.checks} reports, the same as {@code sekishoc validate} prints (model, catalog, checklist,
 * firmware register, network map, broken contributions naming their bundle). Each marker remembers the element it
 * is about (its URI fragment), so a double-click in the Problems view opens the editor on that element.
 */
public final class ProblemMarkers {

	public static final String MARKER_TYPE = "io.sekisho.ui.problem"; //$NON-NLS-1$
	public static final String ELEMENT_ATTRIBUTE = "io.sekisho.element"; //$NON-NLS-1$
	/** The check that reported the problem (its id), e.g. io.sekisho.netmap for the network map's rules. */
	public static final String SOURCE_ATTRIBUTE = "io.sekisho.source"; //$NON-NLS-1$

	/** One marker to be: what the Problems view shows of one problem. */
	public record Spec(int severity, String message, String element, String location, String source) {
	}

	private ProblemMarkers() {
	}

	/** Replaces the markers of {@code file} by the problems of checking {@code workbook} (on this thread). */
	public static void update(IFile file, FacilityWorkbook workbook) throws CoreException {
		replace(file, specs(FacilityChecks.fromPlatform().run(workbook)));
	}

	/**
	 * @return the markers for the report's problems and failures; elements are named by their URI fragment in their
	 *         resource, which is the element's id (so a copy of the facility in a resource of its own gives the same),
	 *         and located by their label ({@link ProblemLocations})
	 */
	public static List<Spec> specs(CheckReport report) {
		List<Spec> specs = new ArrayList<>();
		try (ProblemLocations locations = new ProblemLocations()) {
			for (Problem problem : report.problemsAndFailures()) {
				if (problem.severity() == Diagnostic.OK) {
					continue;
				}
				EObject element = problem.element();
				String fragment = null;
				String location = null;
				if (element != null) {
					Resource resource = element.eResource();
					fragment = resource != null ? resource.getURIFragment(element) : EcoreUtil.getURI(element).fragment();
					location = locations.of(element, problem.path());
				}
				specs.add(new Spec(severity(problem.severity()), problem.message(), fragment, location, problem.source()));
			}
		}
		return specs;
	}

	/**
	 * Replaces the markers of {@code file} by {@code specs} in one workspace operation (one update of the Problems
	 * view); nothing is touched when the markers are already these.
	 */
	public static void replace(IFile file, List<Spec> specs) throws CoreException {
		if (!file.exists()) {
			return;
		}
		if (same(file.findMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO), specs)) {
			return;
		}
		IWorkspace workspace = ResourcesPlugin.getWorkspace();
		workspace.run(monitor -> {
			file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
			for (Spec spec : specs) {
				create(file, spec);
			}
		}, workspace.getRuleFactory().markerRule(file), IWorkspace.AVOID_UPDATE, null);
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

	private static int severity(int diagnosticSeverity) {
		if (diagnosticSeverity >= Diagnostic.ERROR) {
			return IMarker.SEVERITY_ERROR; // ERROR and CANCEL
		}
		return diagnosticSeverity == Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO;
	}

	private static void create(IFile file, Spec spec) throws CoreException {
		IMarker marker = file.createMarker(MARKER_TYPE);
		marker.setAttribute(IMarker.MESSAGE, spec.message());
		marker.setAttribute(IMarker.SEVERITY, spec.severity());
		if (spec.source() != null) {
			marker.setAttribute(SOURCE_ATTRIBUTE, spec.source());
		}
		if (spec.element() != null) {
			marker.setAttribute(ELEMENT_ATTRIBUTE, spec.element());
			marker.setAttribute(IMarker.LOCATION, spec.location());
		}
	}

	private static boolean same(IMarker[] markers, List<Spec> specs) throws CoreException {
		if (markers.length != specs.size()) {
			return false;
		}
		List<Spec> existing = new ArrayList<>();
		for (IMarker marker : markers) {
			existing.add(new Spec(marker.getAttribute(IMarker.SEVERITY, -1), marker.getAttribute(IMarker.MESSAGE, null),
					marker.getAttribute(ELEMENT_ATTRIBUTE, null), marker.getAttribute(IMarker.LOCATION, null),
					marker.getAttribute(SOURCE_ATTRIBUTE, null)));
		}
		return counts(existing).equals(counts(specs));
	}

	private static Map<Spec, Long> counts(List<Spec> specs) {
		return specs.stream().collect(Collectors.groupingBy(spec -> spec, Collectors.counting()));
	}
}
