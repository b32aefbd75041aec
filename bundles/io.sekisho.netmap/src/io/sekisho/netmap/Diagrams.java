package io.sekisho.netmap;

import java.util.Optional;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.NotationFactory;
import io.sekisho.netmap.notation.Viewport;

/**
 * Finds the network map's diagram among the roots of a .sekisho resource. The workbook stays the first root; the
 * diagram is added after it, so files without a map keep their single root until a map is made.
 */
public final class Diagrams {

	private Diagrams() {
	}

	/** @return the diagram of {@code resource}, when it has one */
	public static Optional<Diagram> find(Resource resource) {
		if (resource == null) {
			return Optional.empty();
		}
		for (EObject root : resource.getContents()) {
			if (root instanceof Diagram diagram) {
				return Optional.of(diagram);
			}
		}
		return Optional.empty();
	}

	/**
	 * @return the diagram of the workbook's resource, added as its second root when missing (callers inside an
	 *         editor use {@link #create(FacilityWorkbook)} and add it with a command instead)
	 */
	public static Diagram findOrAdd(FacilityWorkbook workbook) {
		Resource resource = workbook.eResource();
		Optional<Diagram> existing = find(resource);
		if (existing.isPresent()) {
			return existing.get();
		}
		Diagram diagram = create(workbook);
		if (resource != null) {
			resource.getContents().add(diagram);
		}
		return diagram;
	}

	/** @return a new, empty diagram for {@code workbook}, not yet in any resource */
	public static Diagram create(FacilityWorkbook workbook) {
		Diagram diagram = NotationFactory.eINSTANCE.createDiagram();
		diagram.setWorkbookId(workbook.getId());
		Viewport viewport = NotationFactory.eINSTANCE.createViewport();
		viewport.setZoom(1.0);
		diagram.setViewport(viewport);
		return diagram;
	}
}
