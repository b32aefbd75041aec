package io.sekisho.netmap.internal.rules;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ConnectionPurpose;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.LinkMedium;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkGraph.Edge;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/**
 * NM-VPN: every VPN or remote-maintenance endpoint is reachable from the internet, even when it is described as a
 * closed network (the 大阪 and 岡山 VPNs were). An endpoint without a source address restriction on record is
 * reported: the device that terminates a VPN link, a VPN gateway, or the gateway of a remote-maintenance connection.
 */
public final class VpnEndpointRule implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		for (Vertex v : graph.vertices(NetworkGraph.Kind.DEVICE)) {
			Device device = v.device();
			if (!isEndpoint(v) || device.getSourceAddressRestriction() == Availability.YES) {
				continue;
			}
			boolean closed = v.connections().stream().anyMatch(VpnEndpointRule::describedClosed);
			String message = NLS.bind(closed ? texts.get("NmVpnClosed") : texts.get("NmVpn"), device.getName(), //$NON-NLS-1$ //$NON-NLS-2$
					Labels.availability(device.getSourceAddressRestriction(), texts));
			context.report(List.of(device), message);
		}
	}

	private static boolean isEndpoint(Vertex v) {
		if (v.type() == NetworkDeviceType.VPN_GATEWAY) {
			return true;
		}
		for (ExternalConnection c : v.connections()) {
			if (c.getPurpose() == ConnectionPurpose.REMOTE_MAINTENANCE) {
				return true;
			}
		}
		for (Edge e : v.edges()) {
			if (e.element() instanceof Link link && link.getMedium() == LinkMedium.VPN && e.other(v).isExternal()) {
				return true;
			}
		}
		return false;
	}

	private static boolean describedClosed(ExternalConnection c) {
		String detail = c.getSourceRestrictionDetail();
		return detail != null && (detail.contains("閉域") || detail.toLowerCase(java.util.Locale.ROOT).contains("closed")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
