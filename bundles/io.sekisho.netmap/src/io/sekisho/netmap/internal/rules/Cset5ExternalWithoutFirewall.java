package io.sekisho.netmap.internal.rules;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkGraph.Edge;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/**
 * CSET-5 (CSET's Rule5): an external node (the internet, a vendor's or partner's network, or a modem with a single
 * connection) whose neighbour is not a firewall; one result per such neighbour.
 */
public final class Cset5ExternalWithoutFirewall implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		for (Vertex v : graph.vertices()) {
			boolean loneModem = v.type() == NetworkDeviceType.MODEM && v.edges().size() == 1;
			if (!v.isExternal() && !loneModem) {
				continue;
			}
			for (Edge edge : v.edges()) {
				Vertex n = edge.other(v);
				if (!n.isFirewall() && !n.isExternal()) {
					context.report(List.of(v.element(), n.element(), edge.element()), NLS.bind(texts.get("Cset5"), Rules.name(v), Rules.name(n))); //$NON-NLS-1$
				}
			}
		}
	}
}
