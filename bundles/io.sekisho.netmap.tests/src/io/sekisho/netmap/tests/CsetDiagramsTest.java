package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.analysis.AnalysisReport;
import io.sekisho.netmap.analysis.Names;
import io.sekisho.netmap.analysis.NetworkAnalysis;
import io.sekisho.netmap.analysis.RuleRegistry;
import io.sekisho.netmap.analysis.RuleResult;
import io.sekisho.netmap.drawio.DrawioImport;
import io.sekisho.netmap.drawio.DrawioReader;
import io.sekisho.netmap.internal.rules.BuiltInRules;

/**
 * CSET's own test diagrams give what CSET's rule classes give for them (see resources/drawio/cset/README.md for how
 * the expected results were derived from Rule1.cs … Rule7.cs).
 */
class CsetDiagramsTest {

	@TempDir
	Path dir;

	private Set<String> csetResults(String file) throws Exception {
		FacilityWorkbook wb = FacilityFactory.eINSTANCE.createFacilityWorkbook();
		wb.setFacility(FacilityFactory.eINSTANCE.createFacility());
		DrawioImport plan = DrawioImport.plan(wb, DrawioReader.read(Resources.file("drawio/cset/" + file, dir)));
		wb.getZones().addAll(plan.newZones());
		wb.getDevices().addAll(plan.newDevices());
		wb.getLinks().addAll(plan.newLinks());
		AnalysisReport report = new NetworkAnalysis(RuleRegistry.of(BuiltInRules.descriptors())).run(wb);
		Set<String> results = new TreeSet<>();
		for (RuleResult r : report.results()) {
			if (r.ruleId().startsWith("CSET-")) {
				// the named components (zones and links left out), order-free like CSET's component pairs
				String names = r.elements().stream().filter(e -> e instanceof io.sekisho.model.facility.Device || plan.newZones().contains(e)
						&& !wb.getZones().stream().filter(z -> z == e).findFirst().map(z -> z.getKind() != io.sekisho.model.facility.ZoneKind.INTERNET
								&& z.getKind() != io.sekisho.model.facility.ZoneKind.VENDOR_NETWORK).orElse(false))
						.map(Names::of).sorted().collect(Collectors.joining("+"));
				results.add(r.ruleId() + " " + names);
			}
		}
		return results;
	}

	@Test
	void rule2Diagram() throws Exception {
		assertEquals(Set.of("CSET-1 AD-6+VLANS-7", "CSET-1 AD-4+VLANR-9", "CSET-2 FW-1", "CSET-2 FW-5", "CSET-3 VLANS-7"), csetResults("Rule2.txt"));
	}

	@Test
	void rule7Diagram() throws Exception {
		assertEquals(Set.of("CSET-7 AD-3+UD-11"), csetResults("Rule7.txt"));
	}

	/**
	 * Rule1: the line VLANR-9 (on the layer) to the AD-4 in Zone-1-Low; Rule2: FW-1 has no IDS/IPS in Zone-2.
	 * Rule3and4: VLANR-9's only neighbour that is not a firewall is in Zone-1 (one SAL), and the first AD-4's
	 * neighbours are VLANS-7 (Low) and VLANR-9 (the assessment's SAL, Low for a new assessment): nothing.
	 */
	@Test
	void rule3Diagram() throws Exception {
		assertEquals(Set.of("CSET-1 AD-4+VLANR-9", "CSET-2 FW-1"), csetResults("Rule3.txt"));
	}

	/**
	 * Rule1: the four lines between the three DB-9 in their zones and the VLAN switch and router on the layer;
	 * Rule3and4: VLANS-3 joins Moderate and Low, VLANR-4 High and Low (rule 3, they are VLAN devices). The
	 * untrusted "testline" names components that are not in the file: CSET drops it, the import skips it.
	 */
	@Test
	void rule4Diagram() throws Exception {
		assertEquals(Set.of("CSET-1 DB-9+VLANS-3", "CSET-1 DB-9+VLANR-4", "CSET-1 DB-9 (2)+VLANS-3", "CSET-1 DB-9 (3)+VLANR-4",
				"CSET-3 VLANS-3", "CSET-3 VLANR-4"), csetResults("Rule4.xml"));
	}

	/** Rule6: the untrusted line between DCS-1 and DCS-2 has no firewall at either end; all three sit on the layer. */
	@Test
	void rule6Diagram() throws Exception {
		assertEquals(Set.of("CSET-6 DCS-1+DCS-2"), csetResults("Rule6.xml"));
	}

	/**
	 * Rule5: each vendor's first component is not a firewall (VE-1 reaches AD-3, VE-2 the diode UD-11); Rule7: the
	 * diode's neighbours are in its own (no) zone, so no direction is checked.
	 */
	@Test
	void sampleDiagram() throws Exception {
		assertEquals(Set.of("CSET-5 AD-3+VE-1", "CSET-5 UD-11+VE-2"), csetResults("SampleDiagram.txt"));
	}

	@Test
	void rule5Diagram() throws Exception {
		assertEquals(Set.of("CSET-5 DB-13+VE-10", "CSET-5 DB-13+WEB-11", "CSET-5 DB-13+PA-12"), csetResults("Rule5.txt"));
	}

	/**
	 * Components joined through CSET link connectors (see CsetConnectorsTest). Rule1: the only line between zones is
	 * Corp Router to Data Diode, and a unidirectional device may join zones. Rule2: the External Firewall reaches Corp
	 * IDS through Connector_4a. Rule3and4: no multi-homed component has neighbours (firewalls, diodes, IDS, IPS left
	 * out) in zones of two SALs. Rule5: the Web's only neighbour is the firewall. Rule6: no line is untrusted. Rule7: the
	 * diode sits in High and its only neighbour outside its zone, Corp Router, is in Low (high to low is allowed).
	 */
	@Test
	void cleanDiagram() throws Exception {
		assertEquals(Set.of(), csetResults("CleanDiagram.txt"));
	}

	/**
	 * Rule1: the three lines from Zone-Test into Zone-15 (RTU-11/DCU-23, FEP-5/IPP-30 and the trusted "label line"
	 * PLC-10/RFID-44), none through a firewall, diode or IDS; all zones are Low, so nothing for rule 3/4 or 7. Rule2:
	 * FW-25 has no line at all, so no IDS or IPS is reachable from it (IDS-28 and IPS-31 only share its zone). The web,
	 * vendor and partner nodes, the diode UD-14 and the connector CON-95 have no lines; HIST-6's line has no target.
	 */
	@Test
	void testDiagram() throws Exception {
		assertEquals(Set.of("CSET-1 DCU-23+RTU-11", "CSET-1 FEP-5+IPP-30", "CSET-1 PLC-10+RFID-44", "CSET-2 FW-25"), csetResults("testdiagram.xml"));
	}
}
