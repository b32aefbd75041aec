package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.LinkMedium;
import io.sekisho.netmap.analysis.Names;
import io.sekisho.netmap.drawio.DrawioImport;
import io.sekisho.netmap.drawio.DrawioReader;

/**
 * CSET's link connectors (img/cset/connector.svg) are no devices: as in CSET's PostProcessConnectors, every two
 * components at the edge of a group of connectors joined to each other are linked directly, and the connectors go.
 */
class CsetConnectorsTest {

	@TempDir
	Path dir;

	private static FacilityWorkbook workbook() {
		FacilityWorkbook wb = FacilityFactory.eINSTANCE.createFacilityWorkbook();
		wb.setFacility(FacilityFactory.eINSTANCE.createFacility());
		return wb;
	}

	private static Set<String> pairs(List<Link> links) {
		return links.stream().map(l -> {
			String a = l.getSource().getName();
			String b = Names.of(l.getTargetDevice() != null ? l.getTargetDevice() : l.getTargetZone());
			return a.compareTo(b) < 0 ? a + "+" + b : b + "+" + a;
		}).collect(Collectors.toCollection(TreeSet::new));
	}

	@Test
	void cleanDiagramsConnectorsJoinTheirNeighboursAndAreNoDevices() throws Exception {
		FacilityWorkbook wb = workbook();
		DrawioImport plan = DrawioImport.plan(wb, DrawioReader.read(Resources.file("drawio/cset/CleanDiagram.txt", dir)));
		// 11 connectors in the file (Connector_4a, _39, _132, _135, _136, _143, _144 and four CON-38): none is a device
		assertTrue(plan.newDevices().stream().noneMatch(d -> d.getName().startsWith("Connector") || d.getName().startsWith("CON-38")),
				plan.newDevices().stream().map(Device::getName).toList().toString());
		// 50 objects: 2 zones, the Web node (a network of its own), 11 connectors, 36 devices
		assertEquals(36, plan.newDevices().size());
		assertEquals(36 + 3, plan.figures().size(), "a figure per device and zone and the Web node, none for a connector");
		assertTrue(plan.warnings().stream().noneMatch(w -> w.contains("Connector") || w.contains("CON-38")), plan.warnings().toString());
		Set<String> links = pairs(plan.newLinks());
		// Connector_4a: the firewall, the IDS and the router, each two joined
		assertTrue(links.containsAll(Set.of("Corp IDS+External Firewall", "Corp Router+External Firewall", "Corp IDS+Corp Router")), links.toString());
		// Connector_39: Switch(s), Secure VPN, IDS and Data Diode, all six pairs
		assertTrue(links.containsAll(Set.of("Secure VPN+Switch(s)", "IDS+Switch(s)", "Data Diode+Switch(s)", "IDS+Secure VPN", "Data Diode+Secure VPN",
				"Data Diode+IDS")), links.toString());
		// one bus of seven connectors (CON-38 at Switch(s), _132, _135, CON-38 at the printer, _136, _143, _144) with ten
		// components at its edge: 45 pairs, one of them Switch(s) to the historian-side printer through four connectors
		assertTrue(links.contains("Network Printer(s)+Switch(s)"), links.toString());
		assertTrue(links.contains("IPS+Plant Process \nComputer System") || links.contains("IPS+Plant Process Computer System"), links.toString());
		// the two CON-38 at Industrial Switch 5 are not joined to each other: two groups of three
		assertTrue(links.containsAll(Set.of("Industrial Switch 4+Network Ring", "Industrial Switch 5+Network Ring", "Industrial Switch 4+Industrial Switch 5",
				"Industrial Switch 5+PLC 4", "Industrial Switch 5+MTU 4", "MTU 4+PLC 4")), links.toString());
		assertFalse(links.contains("Industrial Switch 4+PLC 4"), "different connectors, not one bus");
		// 18 plain lines (52 Web to the firewall included; 29 of the 47 lines end at a connector) + 3 + 6 + 45 + 3 + 3 joined pairs
		assertEquals(18 + 3 + 6 + 45 + 3 + 3, plan.newLinks().size());
		// the summary: no connector added as a device, one line per group saying what became of it
		List<String> summary = plan.describe();
		assertTrue(summary.stream().noneMatch(l -> l.contains("Connector_") && !plan.connectors().contains(l)), summary.toString());
		assertEquals(5, plan.connectors().size(), plan.connectors().toString());
		assertTrue(summary.containsAll(plan.connectors()));
	}

	@Test
	void aConnectorWithTwoLinesIsOneLinkAndKeepsItsMediumAndTrust() throws Exception {
		String xml = """
				<mxGraphModel><root><mxCell id="0"/><mxCell id="1" parent="0"/>
				<object label="A" id="a"><mxCell style="image;image=img/cset/pc.svg;" parent="1" vertex="1"><mxGeometry width="60" height="60" as="geometry"/></mxCell></object>
				<object label="B" id="b"><mxCell style="image;image=img/cset/server.svg;" parent="1" vertex="1"><mxGeometry x="300" width="60" height="60" as="geometry"/></mxCell></object>
				<object label="C1" id="c1"><mxCell style="image;image=img/cset/connector.svg;" parent="1" vertex="1"><mxGeometry x="100" width="20" height="20" as="geometry"/></mxCell></object>
				<object label="C2" id="c2"><mxCell style="image;image=img/cset/connector.svg;" parent="1" vertex="1"><mxGeometry x="200" width="20" height="20" as="geometry"/></mxCell></object>
				<object label="C3" id="c3"><mxCell style="image;image=img/cset/connector.svg;" parent="1" vertex="1"><mxGeometry x="200" y="200" width="20" height="20" as="geometry"/></mxCell></object>
				<object Security="Untrusted" label="" id="e1"><mxCell style="dashed=1;" parent="1" source="a" target="c1" edge="1"><mxGeometry relative="1" as="geometry"/></mxCell></object>
				<mxCell id="e2" parent="1" source="c1" target="c2" edge="1"><mxGeometry relative="1" as="geometry"/></mxCell>
				<mxCell id="e3" parent="1" source="c2" target="b" edge="1"><mxGeometry relative="1" as="geometry"/></mxCell>
				<mxCell id="e4" parent="1" source="c3" target="b" edge="1"><mxGeometry relative="1" as="geometry"/></mxCell>
				<mxCell id="e5" parent="1" source="c3" target="nowhere" edge="1"><mxGeometry relative="1" as="geometry"/></mxCell>
				</root></mxGraphModel>
				""";
		DrawioImport plan = DrawioImport.plan(workbook(),
				DrawioReader.read(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)), "bus.xml"));
		assertEquals(List.of("A", "B"), plan.newDevices().stream().map(Device::getName).toList());
		assertEquals(1, plan.newLinks().size());
		Link link = plan.newLinks().get(0);
		assertEquals(Set.of("A+B"), pairs(plan.newLinks()));
		assertTrue(link.isUntrusted(), "untrusted when one of the lines through the connector is");
		assertEquals(LinkMedium.VPN, link.getMedium());
		assertEquals(2, plan.figures().size());
		// C1 and C2 are one group (one link); C3 reaches only B (no link); e5 has a missing end (warned)
		assertEquals(2, plan.connectors().size(), plan.connectors().toString());
		assertTrue(plan.connectors().get(0).contains("C1") && plan.connectors().get(0).contains("C2"), plan.connectors().toString());
		assertEquals(1, plan.warnings().size(), plan.warnings().toString());
	}
}
