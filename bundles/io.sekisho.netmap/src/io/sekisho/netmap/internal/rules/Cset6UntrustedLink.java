package io.sekisho.netmap.internal.rules;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.TrustLevel;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkGraph.Edge;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/**
 * CSET-6 (CSET's Rule6): an untrusted link with no firewall at either end. A link is untrusted when it is marked
 * so (CSET's Security=Untrusted) or when it ends in an internal zone of trust "untrusted" (patient Wi-Fi); a link to
 * an external network is CSET-5's.
 */
public final class Cset6UntrustedLink implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		for (Edge edge : graph.edges()) {
			boolean untrusted = edge.untrusted() || untrustedZone(edge.a()) || untrustedZone(edge.b());
			if (untrusted && !edge.a().isFirewall() && !edge.b().isFirewall()
					&& !(edge.element() instanceof io.sekisho.model.facility.ExternalConnection)) {
				context.report(List.of(edge.a().element(), edge.b().element(), edge.element()),
						NLS.bind(texts.get("Cset6"), Rules.name(edge.a()), Rules.name(edge.b()))); //$NON-NLS-1$
			}
		}
	}

	/** An internal zone of trust "untrusted" (patient Wi-Fi); links to external networks are CSET-5's. */
	private static boolean untrustedZone(io.sekisho.netmap.analysis.NetworkGraph.Vertex v) {
		return v.trust() == TrustLevel.UNTRUSTED && !v.isExternal();
	}
}
