package io.sekisho.netmap.internal.rules;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/**
 * CSET-3 and CSET-4 (CSET's Rule3and4): a device with several connections whose neighbours (not counting
 * firewalls, unidirectional gateways, IDS and IPS, and external networks, which CSET draws outside zones) sit in zones
 * of different trust. A VLAN router or switch is
 * CSET-3, any other multi-homed device CSET-4; one class, two contributions.
 */
public abstract sealed class Cset34BridgingDevice implements NetworkRule permits Cset34BridgingDevice.Vlan, Cset34BridgingDevice.MultiHomed {

	private static final Set<NetworkDeviceType> VLAN = EnumSet.of(NetworkDeviceType.ROUTER, NetworkDeviceType.SWITCH);

	/** CSET-3 */
	public static final class Vlan extends Cset34BridgingDevice {
		public Vlan() {
			super(true);
		}
	}

	/** CSET-4 */
	public static final class MultiHomed extends Cset34BridgingDevice {
		public MultiHomed() {
			super(false);
		}
	}

	private final boolean vlan;

	Cset34BridgingDevice(boolean vlan) {
		this.vlan = vlan;
	}

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		for (Vertex v : graph.vertices()) {
			if (v.kind() != NetworkGraph.Kind.DEVICE || v.isFirewall() || v.isUnidirectional() || v.edges().size() < 2
					|| VLAN.contains(v.type()) != vlan) {
				continue;
			}
			EnumSet<TrustLevel> trusts = EnumSet.noneOf(TrustLevel.class);
			List<Identified> zones = new ArrayList<>();
			for (Vertex n : v.neighbours()) {
				if (n.isFirewall() || n.isUnidirectional() || n.isIdsOrIps() || n.isExternal() || n.trust() == null) {
					continue;
				}
				if (trusts.add(n.trust())) {
					zones.add(n.zone());
				}
			}
			if (trusts.size() > 1) {
				List<Identified> named = new ArrayList<>();
				named.add(v.element());
				named.addAll(zones);
				context.report(named, NLS.bind(vlan ? texts.get("Cset3") : texts.get("Cset4"), Rules.name(v), Rules.names(zones, texts))); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
	}
}
