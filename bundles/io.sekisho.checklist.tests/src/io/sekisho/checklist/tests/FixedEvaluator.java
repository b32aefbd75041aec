package io.sekisho.checklist.tests;

import java.util.List;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.model.facility.Answer;

/** Contributed by this fragment's fragment.xml, the way a vendor bundle adds an evaluator: いいえ for the server column. */
public final class FixedEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		return List.of(new Proposal("server", Answer.NO, List.of(new Reason("テスト", "test " + context.item().getId(), List.of()))));
	}
}
