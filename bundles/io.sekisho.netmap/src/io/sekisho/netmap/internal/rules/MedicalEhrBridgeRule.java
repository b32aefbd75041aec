package io.sekisho.netmap.internal.rules;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/**
 * NM-BRIDGE: a device other than a firewall that sits in or connects to both a medical-device zone and an EHR
 * (clinical) zone: malware on one side reaches the other through it.
 */
public final class MedicalEhrBridgeRule implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		for (Vertex v : graph.vertices(NetworkGraph.Kind.DEVICE)) {
			if (v.isFirewall() || v.isUnidirectional()) {
				continue;
			}
			Zone medical = kind(v.zone(), ZoneKind.MEDICAL_DEVICE_LAN);
			Zone clinical = kind(v.zone(), ZoneKind.CLINICAL_LAN);
			for (Vertex n : v.neighbours()) {
				if (medical == null) {
					medical = kind(n.zone(), ZoneKind.MEDICAL_DEVICE_LAN);
				}
				if (clinical == null) {
					clinical = kind(n.zone(), ZoneKind.CLINICAL_LAN);
				}
			}
			if (medical != null && clinical != null) {
				context.report(List.of(v.element(), medical, clinical), NLS.bind(texts.get("NmBridge"), new Object[] { Rules.name(v), //$NON-NLS-1$
						medical.getName(), clinical.getName() }));
			}
		}
	}

	private static Zone kind(Zone zone, ZoneKind kind) {
		return zone != null && zone.getKind() == kind ? zone : null;
	}
}
