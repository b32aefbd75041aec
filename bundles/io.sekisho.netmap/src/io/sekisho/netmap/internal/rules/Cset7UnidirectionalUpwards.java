package io.sekisho.netmap.internal.rules;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkGraph.Edge;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/**
 * CSET-7 (CSET's Rule7): a unidirectional gateway must pass data from higher to lower trust only. As in CSET, the
 * data leaves the gateway's own zone; each neighbour in another zone whose trust is not lower is reported (CSET
 * requires the gateway's SAL to be strictly higher than the neighbour's).
 */
public final class Cset7UnidirectionalUpwards implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		for (Vertex v : graph.vertices()) {
			if (!v.isUnidirectional() || v.trust() == null) {
				continue;
			}
			for (Edge edge : v.edges()) {
				Vertex n = edge.other(v);
				if (n.zone() != v.zone() && n.trust() != null && n.trust().getValue() >= v.trust().getValue()) {
					context.report(List.of(v.element(), n.element(), edge.element()),
							NLS.bind(texts.get("Cset7"), new Object[] { Rules.name(v), Rules.zoneName(v, texts), Rules.zoneName(n, texts) })); //$NON-NLS-1$
				}
			}
		}
	}
}
