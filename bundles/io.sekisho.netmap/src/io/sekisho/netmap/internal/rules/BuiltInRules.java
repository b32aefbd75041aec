package io.sekisho.netmap.internal.rules;

import java.util.List;

import io.sekisho.netmap.analysis.NetworkRule;
import io.sekisho.netmap.analysis.RuleDescriptor;
import io.sekisho.netmap.analysis.RuleSeverity;

/**
 * The shipped rules as plain objects, for benchmarks and tools outside OSGi. Inside the platform the extension
 * point is the source (plugin.xml); a test checks that both list the same ids and severities.
 */
public final class BuiltInRules {

	private BuiltInRules() {
	}

	public static List<RuleDescriptor> descriptors() {
		return List.of(
				rule("CSET-1", RuleSeverity.ERROR, new Cset1CrossZoneLink()),
				rule("CSET-2", RuleSeverity.WARNING, new Cset2FirewallWithoutIds()),
				rule("CSET-3", RuleSeverity.WARNING, new Cset34BridgingDevice.Vlan()),
				rule("CSET-4", RuleSeverity.WARNING, new Cset34BridgingDevice.MultiHomed()),
				rule("CSET-5", RuleSeverity.ERROR, new Cset5ExternalWithoutFirewall()),
				rule("CSET-6", RuleSeverity.WARNING, new Cset6UntrustedLink()),
				rule("CSET-7", RuleSeverity.ERROR, new Cset7UnidirectionalUpwards()),
				rule("NM-PATH", RuleSeverity.ERROR, new ExternalPathRule()),
				rule("NM-VPN", RuleSeverity.WARNING, new VpnEndpointRule()),
				rule("NM-CONN", RuleSeverity.WARNING, new ConnectionRecordRule()),
				rule("NM-BRIDGE", RuleSeverity.ERROR, new MedicalEhrBridgeRule()),
				rule("NM-MODEM", RuleSeverity.WARNING, new ModemRule()),
				rule("NM-NOZONE", RuleSeverity.WARNING, new NoZoneRule()),
				rule("NM-KEV", RuleSeverity.ERROR, new ExploitedGatewayRule()));
	}

	private static RuleDescriptor rule(String id, RuleSeverity severity, NetworkRule rule) {
		return new RuleDescriptor(id, severity, id, id, "io.sekisho.netmap", rule); //$NON-NLS-1$
	}
}
