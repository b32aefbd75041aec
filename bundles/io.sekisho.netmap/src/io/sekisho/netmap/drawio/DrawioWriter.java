package io.sekisho.netmap.drawio;

import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.Map;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;
import io.sekisho.netmap.DiagramSync;
import io.sekisho.netmap.MapElements;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.internal.Messages;
import io.sekisho.netmap.layout.MapLayout;
import io.sekisho.netmap.notation.BendPoint;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.EdgeFigure;
import io.sekisho.netmap.notation.NodeFigure;
import io.sekisho.netmap.render.Xml;

/**
 * Writes the map as an uncompressed draw.io file that CSET opens: devices as {@code UserObject}s with
 * {@code ComponentGuid} (the element's id), {@code label}, {@code IPAddress}, {@code HostName} and a CSET component
 * image; zones as swimlanes with {@code zone="1"}, {@code ZoneType} and {@code SAL}; external networks (the
 * internet, vendors' networks) as CSET's Web and Vendor components; links with {@code Security}. Sekisho's own
 * attributes (SekishoCategory, SekishoType, SekishoZoneKind, SekishoTrust, SekishoMedium) make the round trip exact;
 * CSET ignores them.
 */
public final class DrawioWriter {

	private DrawioWriter() {
	}

	public static void write(FacilityWorkbook workbook, Diagram diagram, Writer out) throws IOException {
		if (!new DiagramSync(diagram, workbook).unplacedNodes().isEmpty()) {
			new MapLayout(workbook, diagram).run(null);
		}
		MapElements elements = MapElements.of(workbook);
		Map<String, NodeFigure> figures = new HashMap<>();
		diagram.getNodes().forEach(f -> figures.put(f.getElementId(), f));
		StringBuilder b = new StringBuilder(1 << 16);
		b.append("<mxfile host=\"Sekisho\" type=\"device\">\n"); //$NON-NLS-1$
		b.append("  <diagram id=\"").append(Xml.escape(diagram.getWorkbookId())).append("\" name=\"").append(Xml.escape(Messages.Drawio_pageName)).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		b.append("    <mxGraphModel grid=\"1\" gridSize=\"10\" guides=\"1\" tooltips=\"1\" connect=\"1\" arrows=\"1\" fold=\"1\" page=\"0\" math=\"0\" shadow=\"0\">\n"); //$NON-NLS-1$
		b.append("      <root>\n        <mxCell id=\"0\"/>\n        <mxCell id=\"1\" parent=\"0\"/>\n"); //$NON-NLS-1$
		// internal zones as containers; external networks as components (CSET's Web, Vendor)
		for (Zone zone : workbook.getZones()) {
			NodeFigure f = figures.get(zone.getId());
			if (f == null) {
				continue;
			}
			if (NetworkGraph.isExternalZone(zone)) {
				String image = zone.getKind() == ZoneKind.INTERNET ? "web" : "vendor"; //$NON-NLS-1$ //$NON-NLS-2$
				b.append("        <UserObject label=\"").append(Xml.escape(zone.getName())).append("\" ComponentGuid=\"").append(Xml.escape(zone.getId())) //$NON-NLS-1$ //$NON-NLS-2$
						.append("\" SekishoZoneKind=\"").append(zone.getKind().getName()).append("\" id=\"").append(Xml.escape(zone.getId())).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				b.append("          <mxCell style=\"image;html=1;image=img/cset/").append(image).append(".svg;labelPosition=center;verticalLabelPosition=bottom;align=center;verticalAlign=top;\" vertex=\"1\" parent=\"1\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
				geometry(b, f.getX(), f.getY(), 60, 60);
			} else {
				b.append("        <UserObject label=\"").append(Xml.escape(zone.getName())).append("\" zone=\"1\" ZoneType=\"").append(zoneType(zone)) //$NON-NLS-1$ //$NON-NLS-2$
						.append("\" SAL=\"").append(sal(zone.getTrustLevel())).append("\" SekishoZoneKind=\"").append(zone.getKind() == null ? "" : zone.getKind().getName()) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.append("\" SekishoTrust=\"").append(zone.getTrustLevel() == null ? "" : zone.getTrustLevel().getName()).append("\" id=\"").append(Xml.escape(zone.getId())).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				b.append("          <mxCell style=\"swimlane;zone=1;fillColor=#ece4d7;swimlaneFillColor=#f6f3ed;\" vertex=\"1\" connectable=\"0\" parent=\"1\">\n"); //$NON-NLS-1$
				geometry(b, f.getX(), f.getY(), f.getWidth(), f.getHeight());
			}
			b.append("          </mxCell>\n        </UserObject>\n"); //$NON-NLS-1$
		}
		for (Identified element : elements.nodes().values()) {
			NodeFigure f = figures.get(element.getId());
			if (f == null || !(element instanceof Device)) {
				continue; // zones above; an external connection is the line from its gateway to its network, below
			}
			Zone zone = element instanceof Device d ? d.getZone() : ((ExternalConnection) element).getZone();
			boolean inContainer = zone != null && !NetworkGraph.isExternalZone(zone) && figures.containsKey(zone.getId());
			NodeFigure parent = inContainer ? figures.get(zone.getId()) : null;
			String parentId = inContainer ? zone.getId() : "1"; //$NON-NLS-1$
			b.append("        <UserObject label=\"").append(Xml.escape(name(element))).append("\" ComponentGuid=\"").append(Xml.escape(element.getId())).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
			String image;
			if (element instanceof Device d) {
				String ip = d.getIpAddresses().isEmpty() ? "" : d.getIpAddresses().get(0); //$NON-NLS-1$
				b.append(" IPAddress=\"").append(Xml.escape(ip)).append("\" HostName=\"").append(Xml.escape(d.getName())).append('"'); //$NON-NLS-1$ //$NON-NLS-2$
				b.append(" SekishoCategory=\"").append(d.getCategory() == null ? "" : d.getCategory().getName()).append("\" SekishoType=\"") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
						.append(d.getNetworkType() == null ? "" : d.getNetworkType().getName()).append('"'); //$NON-NLS-1$
				image = Shapes.csetImage(d.getCategory(), d.getNetworkType());
			} else {
				image = "generic"; //$NON-NLS-1$
			}
			b.append(" id=\"").append(Xml.escape(element.getId())).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$
			b.append("          <mxCell style=\"image;html=1;image=img/cset/").append(image).append(".svg;labelPosition=center;verticalLabelPosition=bottom;align=center;verticalAlign=top;\" vertex=\"1\" parent=\"") //$NON-NLS-1$ //$NON-NLS-2$
					.append(Xml.escape(parentId)).append("\">\n"); //$NON-NLS-1$
			int x = f.getX() - (parent == null ? 0 : parent.getX());
			int y = f.getY() - (parent == null ? 0 : parent.getY());
			geometry(b, x + (f.getWidth() - 60) / 2, y, 60, 60);
			b.append("          </mxCell>\n        </UserObject>\n"); //$NON-NLS-1$
		}
		Map<String, EdgeFigure> edges = new HashMap<>();
		diagram.getEdges().forEach(e -> edges.put(e.getElementId(), e));
		for (Identified element : elements.edges().values()) {
			Identified source;
			Identified target;
			boolean untrusted = false;
			String medium;
			String label = ""; //$NON-NLS-1$
			if (element instanceof Link l) {
				source = l.getSource();
				target = l.getTargetDevice() != null ? l.getTargetDevice() : l.getTargetZone();
				untrusted = l.isUntrusted() || target instanceof Zone z && z.getTrustLevel() == TrustLevel.UNTRUSTED;
				medium = l.getMedium() == null ? "WIRED" : l.getMedium().getName(); //$NON-NLS-1$
				label = l.getDescription() == null ? "" : l.getDescription(); //$NON-NLS-1$
			} else {
				ExternalConnection c = (ExternalConnection) element;
				source = c.getGateway();
				target = NetworkGraph.isExternalZone(c.getZone()) && !linked(workbook, c.getGateway(), c.getZone()) ? c.getZone() : null;
				untrusted = c.getZone() != null && c.getZone().getTrustLevel() == TrustLevel.UNTRUSTED;
				medium = "VPN"; //$NON-NLS-1$
				label = c.getName() == null ? "" : c.getName(); //$NON-NLS-1$
			}
			if (source == null || target == null || !figures.containsKey(source.getId()) || !figures.containsKey(target.getId())) {
				continue;
			}
			if (target instanceof Zone z && !NetworkGraph.isExternalZone(z)) {
				continue; // CSET zones are not connectable; the device sits in or next to the zone
			}
			b.append("        <UserObject label=\"").append(Xml.escape(label)).append("\" Security=\"").append(untrusted ? "Untrusted" : "Trusted") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.append("\" SekishoMedium=\"").append(medium).append("\" id=\"").append(Xml.escape(element.getId())).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			b.append("          <mxCell style=\"edgeStyle=orthogonalEdgeStyle;rounded=0;html=1;endArrow=none;").append("VPN".equals(medium) ? "dashed=1;" : "") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
					.append("\" edge=\"1\" parent=\"1\" source=\"").append(Xml.escape(source.getId())).append("\" target=\"").append(Xml.escape(target.getId())).append("\">\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			EdgeFigure ef = edges.get(element.getId());
			if (ef == null || ef.getBendPoints().isEmpty()) {
				b.append("            <mxGeometry relative=\"1\" as=\"geometry\"/>\n"); //$NON-NLS-1$
			} else {
				b.append("            <mxGeometry relative=\"1\" as=\"geometry\">\n              <Array as=\"points\">\n"); //$NON-NLS-1$
				for (BendPoint p : ef.getBendPoints()) {
					b.append("                <mxPoint x=\"").append(p.getX()).append("\" y=\"").append(p.getY()).append("\"/>\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
				b.append("              </Array>\n            </mxGeometry>\n"); //$NON-NLS-1$
			}
			b.append("          </mxCell>\n        </UserObject>\n"); //$NON-NLS-1$
		}
		b.append("      </root>\n    </mxGraphModel>\n  </diagram>\n</mxfile>\n"); //$NON-NLS-1$
		out.write(b.toString());
		out.flush();
	}

	private static boolean linked(FacilityWorkbook workbook, Device gateway, Zone zone) {
		return workbook.getLinks().stream().anyMatch(l -> l.getSource() == gateway && l.getTargetZone() == zone);
	}

	private static String name(Identified element) {
		return io.sekisho.netmap.analysis.Names.of(element);
	}

	private static void geometry(StringBuilder b, int x, int y, int w, int h) {
		b.append("            <mxGeometry x=\"").append(x).append("\" y=\"").append(y).append("\" width=\"").append(w).append("\" height=\"").append(h) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.append("\" as=\"geometry\"/>\n"); //$NON-NLS-1$
	}

	/** CSET's zone types; ours map to the nearest. */
	private static String zoneType(Zone zone) {
		if (zone.getKind() == null) {
			return "Other"; //$NON-NLS-1$
		}
		return switch (zone.getKind()) {
			case DMZ -> "External DMZ"; //$NON-NLS-1$
			case ADMINISTRATIVE_LAN -> "Corporate"; //$NON-NLS-1$
			case CLINICAL_LAN, MEDICAL_DEVICE_LAN -> "Control System"; //$NON-NLS-1$
			default -> "Other"; //$NON-NLS-1$
		};
	}

	private static String sal(TrustLevel trust) {
		if (trust == null) {
			return "Moderate"; //$NON-NLS-1$
		}
		return switch (trust) {
			case HIGH -> "High"; //$NON-NLS-1$
			case MEDIUM -> "Moderate"; //$NON-NLS-1$
			default -> "Low"; //$NON-NLS-1$
		};
	}
}
