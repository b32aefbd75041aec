package io.sekisho.netmap.tests;

import java.util.List;

import io.sekisho.model.facility.ConnectionMode;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/** A rule as a vendor would contribute it: names every always-on external connection. */
public final class AlwaysOnRule implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		for (ExternalConnection c : graph.workbook().getExternalConnections()) {
			if (c.getMode() == ConnectionMode.ALWAYS_ON) {
				context.report(List.of(c), "always on: " + c.getName());
			}
		}
	}
}
