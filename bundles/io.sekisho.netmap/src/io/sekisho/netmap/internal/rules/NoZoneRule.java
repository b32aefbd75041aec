package io.sekisho.netmap.internal.rules;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/** NM-NOZONE: a device in no zone cannot be judged by the other rules. */
public final class NoZoneRule implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		for (Vertex v : graph.vertices(NetworkGraph.Kind.DEVICE)) {
			if (v.zone() == null) {
				context.report(List.of(v.element()), NLS.bind(texts.get("NmNoZone"), Rules.name(v))); //$NON-NLS-1$
			}
		}
	}
}
