package jp.co.samplemedical.sekisho.internal;

import java.util.List;
import java.util.Objects;

import io.sekisho.model.facility.Device;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/**
 * SAMPLEMEDICAL-1: a modality of ours under remote maintenance needs an SM-Link gateway in its own zone; without
 * one, the maintenance connection goes around the gateway (and its source restriction).
 */
public final class GatewayZoneRule implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		List<NetworkGraph.Vertex> devices = graph.vertices(NetworkGraph.Kind.DEVICE);
		List<NetworkGraph.Vertex> gateways = devices.stream().filter(v -> OurDevices.isGateway(v.device())).toList();
		for (NetworkGraph.Vertex v : devices) {
			Device d = v.device();
			if (!d.isRemoteMaintenance() || OurDevices.product(d).isEmpty() || OurDevices.isGateway(d)) {
				continue;
			}
			boolean gatewayInZone = gateways.stream().anyMatch(g -> g.zone() != null && Objects.equals(g.zone(), v.zone()));
			if (!gatewayInZone) {
				context.report(List.of(v.element()), Messages.bind(Messages.Rule_noGateway, d.getName()));
			}
		}
	}
}
