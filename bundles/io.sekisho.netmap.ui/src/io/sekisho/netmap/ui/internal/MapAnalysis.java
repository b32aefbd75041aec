package io.sekisho.netmap.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.validation.Problem;
import io.sekisho.model.validation.WorkbookValidation;

/**
 * The analysis results drawn on the map. Today these are the facility validation's problems of the elements the
 * map draws (invalid addresses, missing source restriction, incomplete links...), the same ones the Problems view
 * lists; the network rules of io.sekisho.netmap plug in here when they land.
 */
public final class MapAnalysis {

	private final WorkbookValidation validation = new WorkbookValidation();

	public List<MapResult> analyze(FacilityWorkbook workbook) {
		List<MapResult> results = new ArrayList<>();
		for (Problem problem : validation.validate(workbook)) {
			EObject element = drawnOwner(problem.element());
			if (element != null) {
				results.add(new MapResult(problem.source() + '/' + problem.code(), problem.severity(), problem.message(),
						List.of(element), List.of()));
			}
		}
		return results;
	}

	/** The zone, device, external connection or link a problem is about (its element or the nearest container). */
	static EObject drawnOwner(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Device || e instanceof Zone || e instanceof ExternalConnection || e instanceof Link) {
				return e;
			}
		}
		return null;
	}
}
