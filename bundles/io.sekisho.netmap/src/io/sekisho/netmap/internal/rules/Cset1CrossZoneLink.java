package io.sekisho.netmap.internal.rules;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkGraph.Edge;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/**
 * CSET-1: a direct link between two zones with no firewall, unidirectional gateway or IDS at either end (CSET's
 * Rule1: external points themselves are exempt, a link between two of them is not reported; external networks count
 * as in no zone, like CSET's Web, Vendor and Partner drawn outside every zone).
 */
public final class Cset1CrossZoneLink implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		for (Edge edge : graph.edges()) {
			if (zone(edge.a()) == zone(edge.b()) || allowed(edge.a()) || allowed(edge.b()) || edge.a().isExternal() && edge.b().isExternal()) {
				continue;
			}
			context.report(List.of(edge.a().element(), edge.b().element(), edge.element()),
					NLS.bind(texts.get("Cset1"), new Object[] { Rules.name(edge.a()), Rules.zoneName(edge.a(), texts), Rules.name(edge.b()), Rules.zoneName(edge.b(), texts) })); //$NON-NLS-1$
		}
	}

	/** External networks are drawn outside every zone (as in CSET, where they sit on the layer). */
	private static Object zone(Vertex v) {
		return v.isExternal() ? null : v.zone();
	}

	private static boolean allowed(Vertex v) {
		return v.isFirewall() || v.isUnidirectional() || v.type() == io.sekisho.model.facility.NetworkDeviceType.IDS;
	}
}
