package io.sekisho.netmap.internal.evidence;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.model.facility.Answer;

/**
 * 2-(8) / 2-⑬ source restriction: いいえ when the network map finds a VPN or remote-maintenance endpoint, or an
 * external connection, without a source restriction.
 */
public final class MapSourceRestrictionEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		MapEvidence evidence = new MapEvidence(context.workbook());
		List<Reason> reasons = new ArrayList<>(evidence.exposedEndpoints());
		reasons.addAll(evidence.connectionsWithoutSourceRestriction());
		return reasons.isEmpty() ? List.of() : List.of(Proposal.all(Answer.NO, reasons));
	}
}
