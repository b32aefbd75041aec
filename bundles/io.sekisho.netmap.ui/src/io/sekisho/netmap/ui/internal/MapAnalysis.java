package io.sekisho.netmap.ui.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.validation.Problem;
import io.sekisho.model.validation.WorkbookValidation;
import io.sekisho.netmap.analysis.AnalysisReport;
import io.sekisho.netmap.analysis.NetworkAnalysis;
import io.sekisho.netmap.analysis.RuleResult;

/**
 * The analysis results drawn on the map: the network rules of io.sekisho.netmap (CSET-1 to 7 and our own,
 * contributed through io.sekisho.netmap.rules) with the paths they name, and the facility validation's problems
 * of the elements the map draws (an invalid address, a missing source restriction), which the Problems view lists
 * too. A rule contribution that fails is listed as a warning naming its bundle.
 */
public final class MapAnalysis {

	private final WorkbookValidation validation = new WorkbookValidation();
	private final NetworkAnalysis rules;

	public MapAnalysis() {
		this(NetworkAnalysis.fromPlatform());
	}

	MapAnalysis(NetworkAnalysis rules) {
		this.rules = rules;
	}

	public List<MapResult> analyze(FacilityWorkbook workbook) {
		List<MapResult> results = new ArrayList<>();
		AnalysisReport report = rules.run(workbook);
		java.util.Map<String, String> names = new java.util.HashMap<>();
		rules.rules().forEach(r -> names.put(r.id(), r.name()));
		for (RuleResult result : report.results()) {
			List<EObject> elements = new ArrayList<>(result.elements());
			results.add(new MapResult(result.ruleId(), names.getOrDefault(result.ruleId(), Messages.Results_networkRule),
					result.severity().diagnostic(), result.message(), elements, result.path() ? elements : List.of()));
		}
		for (String failure : report.failures()) {
			results.add(new MapResult("", Messages.Results_networkRule, Diagnostic.WARNING, //$NON-NLS-1$
					NLS.bind(Messages.Analysis_ruleFailed, failure), List.of(), List.of()));
		}
		for (Problem problem : validation.validate(workbook)) {
			EObject element = drawnOwner(problem.element());
			if (element != null) {
				results.add(new MapResult(problem.source() + '/' + problem.code(), Messages.Results_validation, problem.severity(),
						problem.message(), List.of(element), List.of()));
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
