package io.sekisho.netmap.internal.rules;

import java.util.ArrayDeque;
import java.util.BitSet;
import java.util.Deque;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/** CSET-2: a firewall with no IDS or IPS reachable within its own zone (CSET's Rule2). */
public final class Cset2FirewallWithoutIds implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		for (Vertex firewall : graph.vertices()) {
			if (firewall.isFirewall() && !firewall.isIdsOrIps() && !idsInZone(graph, firewall)) {
				context.report(List.of(firewall.element()), NLS.bind(texts.get("Cset2"), Rules.name(firewall), Rules.zoneName(firewall, texts))); //$NON-NLS-1$
			}
		}
	}

	private static boolean idsInZone(NetworkGraph graph, Vertex firewall) {
		BitSet seen = new BitSet(graph.vertices().size());
		Deque<Vertex> queue = new ArrayDeque<>();
		seen.set(firewall.index());
		queue.add(firewall);
		while (!queue.isEmpty()) {
			for (Vertex next : queue.poll().neighbours()) {
				if (next.zone() == firewall.zone() && !seen.get(next.index())) {
					if (next.isIdsOrIps()) {
						return true;
					}
					seen.set(next.index());
					queue.add(next);
				}
			}
		}
		return false;
	}
}
