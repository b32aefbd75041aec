package io.sekisho.netmap.internal.rules;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;
import io.sekisho.netmap.internal.Messages;

/**
 * NM-CONN: an external connection without an owner (counterpart organisation), source restriction, multi-factor
 * authentication or logging on record, or recorded as not having them.
 */
public final class ConnectionRecordRule implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		for (ExternalConnection c : graph.workbook().getExternalConnections()) {
			List<String> gaps = new ArrayList<>();
			if (c.getCounterpart() == null) {
				gaps.add(Messages.NmConn_owner);
			}
			gap(gaps, Messages.NmConn_sourceRestriction, c.getSourceRestriction());
			gap(gaps, Messages.NmConn_mfa, c.getMultiFactorAuthentication());
			gap(gaps, Messages.NmConn_logging, c.getLogging());
			if (!gaps.isEmpty()) {
				List<io.sekisho.model.facility.Identified> named = new ArrayList<>();
				named.add(c);
				if (c.getGateway() != null) {
					named.add(c.getGateway());
				}
				context.report(named, NLS.bind(Messages.NmConn, c.getName(), String.join(Messages.Rules_separator, gaps)));
			}
		}
	}

	private static void gap(List<String> gaps, String what, Availability value) {
		if (value == Availability.NO) {
			gaps.add(NLS.bind(Messages.NmConn_absent, what));
		} else if (value == null || value == Availability.UNKNOWN) {
			gaps.add(NLS.bind(Messages.NmConn_unrecorded, what));
		}
	}
}
