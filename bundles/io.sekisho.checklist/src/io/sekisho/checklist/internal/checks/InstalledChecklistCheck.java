package io.sekisho.checklist.internal.checks;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.core.checks.CheckContext;
import io.sekisho.core.checks.FacilityCheck;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;

/**
 * Broken checklist contributions of this installation (an edition file that does not load, an evaluator that
 * cannot be created), each naming its bundle: {@code sekishoc checklist editions} lists them, and through this
 * check {@code sekishoc validate} and the Problems view of the rich client show them too.
 */
public final class InstalledChecklistCheck implements FacilityCheck {

	@Override
	public List<Problem> check(FacilityWorkbook workbook, CheckContext context) {
		List<Problem> problems = new ArrayList<>();
		for (String problem : EditionRegistry.fromPlatform().problems()) {
			problems.add(context.warning(null, problem));
		}
		for (String problem : EvaluatorRegistry.fromPlatform().problems()) {
			problems.add(context.warning(null, problem));
		}
		return problems;
	}
}
