package io.sekisho.netmap.internal.evidence;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.model.facility.Answer;

/**
 * 2-(2) / 2-② remote maintenance: いいえ when the network map shows a maintenance way in without a firewall into the
 * EHR or medical-device zone, or a VPN endpoint open to the internet. No proposal when the map shows none (the
 * checklist's own evaluator judges the records).
 */
public final class MapRemoteMaintenanceEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		MapEvidence evidence = new MapEvidence(context.workbook());
		List<Reason> reasons = new ArrayList<>(evidence.maintenancePaths());
		reasons.addAll(evidence.exposedEndpoints());
		return reasons.isEmpty() ? List.of() : List.of(Proposal.all(Answer.NO, reasons));
	}
}
