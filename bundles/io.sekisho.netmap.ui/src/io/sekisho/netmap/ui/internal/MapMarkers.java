package io.sekisho.netmap.ui.internal;

import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.osgi.util.NLS;

import io.sekisho.model.validation.ElementPath;
import io.sekisho.netmap.analysis.NetmapProblems;

/**
 * The network rules' results as problem markers on the facility file, so they show in the Problems view beside
 * the validation's own (which the facility editor writes; those are not repeated here). A double-click opens the
 * element, as for the editor's markers (same element attribute).
 */
public final class MapMarkers {

	public static final String MARKER_TYPE = "io.sekisho.netmap.ui.problem"; //$NON-NLS-1$
	/** The attribute the facility editor's "go to marker" reads: the element's URI fragment. */
	public static final String ELEMENT_ATTRIBUTE = "io.sekisho.element"; //$NON-NLS-1$

	private MapMarkers() {
	}

	/** Replaces the network map's markers of {@code file} by those of {@code results}. */
	public static void update(IFile file, List<MapResult> results) throws CoreException {
		file.deleteMarkers(MARKER_TYPE, false, IResource.DEPTH_ZERO);
		for (MapResult result : results) {
			if (!isRuleResult(result)) {
				continue;
			}
			IMarker marker = file.createMarker(MARKER_TYPE);
			marker.setAttribute(IMarker.MESSAGE, result.message());
			marker.setAttribute(IMarker.SEVERITY, result.severity() >= Diagnostic.ERROR ? IMarker.SEVERITY_ERROR
					: result.severity() >= Diagnostic.WARNING ? IMarker.SEVERITY_WARNING : IMarker.SEVERITY_INFO);
			if (!result.elements().isEmpty()) {
				EObject element = result.elements().get(0);
				marker.setAttribute(ELEMENT_ATTRIBUTE, EcoreUtil.getURI(element).fragment());
				marker.setAttribute(IMarker.LOCATION, NLS.bind(Messages.Marker_location, ElementPath.of(element)));
			}
		}
	}

	/** Results of the network rules (validation problems have markers of their own already). */
	static boolean isRuleResult(MapResult result) {
		return !result.ruleId().startsWith(NetmapProblems.SOURCE) && !result.ruleId().contains("/"); //$NON-NLS-1$
	}
}
