package io.sekisho.netmap.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/**
 * NM-CONN: an external connection without an owner (counterpart organisation), source restriction, multi-factor
 * authentication or logging on record, or recorded as not having them.
 */
public final class ConnectionRecordRule implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		for (ExternalConnection c : graph.workbook().getExternalConnections()) {
			List<String> gaps = new ArrayList<>();
			if (c.getCounterpart() == null) {
				gaps.add(texts.get("NmConn_owner")); //$NON-NLS-1$
			}
			gap(gaps, texts, texts.get("NmConn_sourceRestriction"), c.getSourceRestriction()); //$NON-NLS-1$
			gap(gaps, texts, texts.get("NmConn_mfa"), c.getMultiFactorAuthentication()); //$NON-NLS-1$
			gap(gaps, texts, texts.get("NmConn_logging"), c.getLogging()); //$NON-NLS-1$
			if (!gaps.isEmpty()) {
				List<io.sekisho.model.facility.Identified> named = new ArrayList<>();
				named.add(c);
				if (c.getGateway() != null) {
					named.add(c.getGateway());
				}
				context.report(named, NLS.bind(texts.get("NmConn"), c.getName(), texts.join(gaps))); //$NON-NLS-1$
			}
		}
	}

	private static void gap(List<String> gaps, RuleTexts texts, String what, Availability value) {
		if (value == Availability.NO) {
			gaps.add(NLS.bind(texts.get("NmConn_absent"), what)); //$NON-NLS-1$
		} else if (value == null || value == Availability.UNKNOWN) {
			gaps.add(NLS.bind(texts.get("NmConn_unrecorded"), what)); //$NON-NLS-1$
		}
	}
}
