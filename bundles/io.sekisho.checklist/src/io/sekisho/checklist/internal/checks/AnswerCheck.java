package io.sekisho.checklist.internal.checks;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;

import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.evaluation.AnswerWarnings;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.core.checks.CheckContext;
import io.sekisho.core.checks.FacilityCheck;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.ElementPath;
import io.sekisho.model.validation.Problem;

/**
 * The checklist's warnings on recorded answers (a はい the evidence contradicts, a target date outside the fiscal
 * year, an answer without its date …), and the evaluators that failed while the evidence was gathered.
 */
public final class AnswerCheck implements FacilityCheck {

	@Override
	public List<Problem> check(FacilityWorkbook workbook, CheckContext context) {
		Suggestions suggestions = new Suggestions(EvaluatorRegistry.fromPlatform(), context.today());
		List<Problem> problems = new ArrayList<>();
		for (Diagnostic warning : new AnswerWarnings(EditionRegistry.fromPlatform(), suggestions).check(workbook)) {
			EObject element = warning.getData().isEmpty() || !(warning.getData().get(0) instanceof EObject e) ? null : e;
			problems.add(new Problem(warning.getSeverity(), warning.getCode(), warning.getSource(),
					element == null ? "/" : ElementPath.of(element), warning.getMessage(), element)); //$NON-NLS-1$
		}
		for (String failure : suggestions.problems()) {
			problems.add(context.warning(null, failure));
		}
		return problems;
	}
}
