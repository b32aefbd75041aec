package io.sekisho.netmap.analysis;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.validation.ElementPath;
import io.sekisho.model.validation.Problem;

/**
 * The analysis results as validation problems, in the model's {@link Problem} form, so the Problems view (markers
 * on the first element named) and {@code sekishoc validate}-style output show them beside the model's own problems.
 * The model bundle cannot know the network map, so callers add these to {@code WorkbookValidation}'s list.
 */
public final class NetmapProblems {

	/** The {@link Problem#source()} of network map problems. */
	public static final String SOURCE = "io.sekisho.netmap"; //$NON-NLS-1$

	private NetmapProblems() {
	}

	/** @return the problems of the rules contributed to the platform */
	public static List<Problem> of(FacilityWorkbook workbook) {
		return of(NetworkAnalysis.fromPlatform().run(workbook));
	}

	public static List<Problem> of(AnalysisReport report) {
		List<Problem> problems = new ArrayList<>();
		for (RuleResult result : report.results()) {
			Identified element = result.elements().isEmpty() ? null : result.elements().get(0);
			problems.add(new Problem(result.severity().diagnostic(), code(result.ruleId()), SOURCE,
					element == null ? "/" : ElementPath.of(element), result.message(), element)); //$NON-NLS-1$
		}
		for (String failure : report.failures()) {
			problems.add(new Problem(Diagnostic.WARNING, 0, SOURCE, "/", failure, null)); //$NON-NLS-1$
		}
		return problems;
	}

	/** A stable number per rule id, for markers that want an int code. */
	static int code(String ruleId) {
		return 12_000 + Math.floorMod(ruleId.hashCode(), 1000);
	}
}
