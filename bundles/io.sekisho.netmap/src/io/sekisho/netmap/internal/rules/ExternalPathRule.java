package io.sekisho.netmap.internal.rules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Deque;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;
import io.sekisho.netmap.analysis.Names;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/**
 * NM-PATH: from each external point (the internet, a vendor's network, a regional network, a caterer's data
 * centre, a modem or mobile router) the shortest path into the EHR (clinical) or medical-device zone that passes no
 * firewall, named hop by hop. Firewalls and other external points end the search.
 */
public final class ExternalPathRule implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		int[] parent = new int[graph.vertices().size()];
		for (Vertex start : graph.vertices()) {
			if (!isStart(start)) {
				continue;
			}
			if (context.isCanceled()) {
				return;
			}
			List<Vertex> path = shortestPath(graph, start, parent);
			if (path.isEmpty()) {
				continue;
			}
			List<Identified> named = new ArrayList<>();
			ExternalConnection connection = connectionOf(start, path.size() > 1 ? path.get(1) : null);
			if (connection != null && connection != start.element()) {
				named.add(connection);
			}
			List<String> hops = new ArrayList<>();
			for (Vertex v : path) {
				named.add(v.element());
				hops.add(Names.of(v.element()));
			}
			Vertex inside = path.get(path.size() - 1);
			String from = connection != null ? Names.of(connection) : Names.of(start.element());
			context.reportPath(named, NLS.bind(texts.get("NmPath"), new Object[] { from, Names.of(inside.zone()), //$NON-NLS-1$
					String.join(texts.get("Rules_arrow"), hops) })); //$NON-NLS-1$
		}
	}

	private static boolean isStart(Vertex v) {
		return v.isExternal() || v.type() == NetworkDeviceType.MODEM || v.type() == NetworkDeviceType.MOBILE_ROUTER;
	}

	private static boolean isTarget(Zone zone) {
		return zone != null && (zone.getKind() == ZoneKind.CLINICAL_LAN || zone.getKind() == ZoneKind.MEDICAL_DEVICE_LAN);
	}

	/** Breadth-first: the first vertex reached inside a target zone ends the search. */
	private static List<Vertex> shortestPath(NetworkGraph graph, Vertex start, int[] parent) {
		if (start.kind() == NetworkGraph.Kind.DEVICE && isTarget(start.zone())) {
			return List.of(start);
		}
		Arrays.fill(parent, -2);
		parent[start.index()] = -1;
		Deque<Vertex> queue = new ArrayDeque<>();
		queue.add(start);
		while (!queue.isEmpty()) {
			Vertex v = queue.poll();
			for (Vertex n : v.neighbours()) {
				if (parent[n.index()] != -2 || n.isFirewall() || n.isExternal()) {
					continue;
				}
				parent[n.index()] = v.index();
				if (isTarget(n.zone())) {
					return trace(graph, n, parent);
				}
				queue.add(n);
			}
		}
		return List.of();
	}

	private static List<Vertex> trace(NetworkGraph graph, Vertex end, int[] parent) {
		List<Vertex> path = new ArrayList<>();
		for (int i = end.index(); i >= 0; i = parent[i]) {
			path.add(graph.vertices().get(i));
		}
		Collections.reverse(path);
		return path;
	}

	/** @return the external connection on record for this way in, when there is one */
	private static ExternalConnection connectionOf(Vertex start, Vertex firstHop) {
		if (start.element() instanceof ExternalConnection c) {
			return c;
		}
		for (ExternalConnection c : start.connections()) {
			if (firstHop != null && c.getGateway() == firstHop.element()) {
				return c;
			}
		}
		return null;
	}
}
