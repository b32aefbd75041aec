package io.sekisho.checklist.tests;

import java.util.List;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;

/** Contributed by fragment.xml like a broken vendor bundle's evaluator: it throws. */
public final class FailingEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		throw new IllegalStateException("vendor bug");
	}
}
