package io.sekisho.netmap.internal.rules;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.NetworkGraph.Vertex;
import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleContext;

/** NM-MODEM: a modem or mobile router is an external connection point the facility may not know about. */
public final class ModemRule implements NetworkRule {

	@Override
	public void check(NetworkGraph graph, RuleContext context) {
		RuleTexts texts = RuleTexts.of(context.locale());
		for (Vertex v : graph.vertices(NetworkGraph.Kind.DEVICE)) {
			if (v.type() == NetworkDeviceType.MODEM || v.type() == NetworkDeviceType.MOBILE_ROUTER) {
				boolean recorded = !v.connections().isEmpty();
				context.report(List.of(v.element()), NLS.bind(recorded ? texts.get("NmModemRecorded") : texts.get("NmModem"), Rules.name(v), //$NON-NLS-1$ //$NON-NLS-2$
						Rules.zoneName(v, texts)));
			}
		}
	}
}
