package io.sekisho.netmap.render;

import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.LinkMedium;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Zone;
import io.sekisho.netmap.DiagramSync;
import io.sekisho.netmap.MapElements;
import io.sekisho.netmap.analysis.AnalysisReport;
import io.sekisho.netmap.analysis.NetworkGraph;
import io.sekisho.netmap.analysis.RuleResult;
import io.sekisho.netmap.analysis.RuleSeverity;
import io.sekisho.netmap.layout.MapLayout;
import io.sekisho.netmap.notation.BendPoint;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.EdgeFigure;
import io.sekisho.netmap.notation.NodeFigure;

/**
 * What a picture of the map shows, resolved from the facility and its diagram: zones, nodes and edges with their
 * geometry and labels, and the worst rule result per element (the badges). Headless; the PNG and SVG writers and
 * the workbook sheet paint it.
 */
public final class MapScene {

	public record ZoneItem(Rectangle bounds, String name, TrustLevel trust, boolean external, boolean collapsed) {
	}

	public record NodeItem(Identified element, Rectangle bounds, IconKind icon, String name, String detail, RuleSeverity badge, int badgeCount) {
	}

	/** {@code onPath}: a rule named a path through this edge (drawn highlighted). */
	public record EdgeItem(Identified element, int[] xs, int[] ys, LinkMedium medium, boolean untrusted, boolean onPath) {
	}

	private final List<ZoneItem> zones = new ArrayList<>();
	private final List<NodeItem> nodes = new ArrayList<>();
	private final List<EdgeItem> edges = new ArrayList<>();
	private final Rectangle bounds = new Rectangle();

	private MapScene() {
	}

	/**
	 * @param diagram the saved diagram; elements it does not place yet are laid out (in this diagram, which the caller
	 *                    may throw away)
	 * @param report  the analysis to badge, or {@code null}
	 */
	public static MapScene of(FacilityWorkbook workbook, Diagram diagram, AnalysisReport report) {
		DiagramSync sync = new DiagramSync(diagram, workbook);
		sync.reconcile();
		if (!sync.unplacedNodes().isEmpty()) {
			new MapLayout(workbook, diagram).run(null);
		}
		MapScene scene = new MapScene();
		scene.build(workbook, diagram, report);
		return scene;
	}

	private void build(FacilityWorkbook workbook, Diagram diagram, AnalysisReport report) {
		MapElements elements = MapElements.of(workbook);
		Map<Identified, RuleSeverity> worst = new IdentityHashMap<>();
		Map<Identified, Integer> counts = new IdentityHashMap<>();
		if (report != null) {
			for (RuleResult r : report.results()) {
				for (Identified e : r.elements()) {
					RuleSeverity old = worst.get(e);
					if (old == null || r.severity().ordinal() < old.ordinal()) {
						worst.put(e, r.severity());
					}
					counts.merge(e, 1, Integer::sum);
				}
			}
		}
		java.util.Set<String> pathPairs = new java.util.HashSet<>();
		if (report != null) {
			for (RuleResult r : report.results()) {
				for (int i = 0; r.path() && i + 1 < r.elements().size(); i++) {
					pathPairs.add(r.elements().get(i).getId() + "|" + r.elements().get(i + 1).getId()); //$NON-NLS-1$
					pathPairs.add(r.elements().get(i + 1).getId() + "|" + r.elements().get(i).getId()); //$NON-NLS-1$
				}
			}
		}
		Map<String, Rectangle> rects = new HashMap<>();
		for (NodeFigure f : diagram.getNodes()) {
			Identified element = elements.node(f.getElementId());
			if (element == null) {
				continue;
			}
			Rectangle r = new Rectangle(f.getX(), f.getY(), Math.max(1, f.getWidth()), Math.max(1, f.getHeight()));
			rects.put(f.getElementId(), r);
			add(r);
			if (element instanceof Zone z) {
				zones.add(new ZoneItem(r, z.getName(), z.getTrustLevel(), NetworkGraph.isExternalZone(z), f.isCollapsed()));
			}
		}
		// devices of a collapsed zone are not drawn
		java.util.Set<String> collapsed = new java.util.HashSet<>();
		diagram.getNodes().stream().filter(NodeFigure::isCollapsed).forEach(f -> collapsed.add(f.getElementId()));
		for (NodeFigure f : diagram.getNodes()) {
			Identified element = elements.node(f.getElementId());
			Rectangle r = rects.get(f.getElementId());
			if (element instanceof Device d && !(d.getZone() != null && collapsed.contains(d.getZone().getId()))) {
				String ip = d.getIpAddresses().isEmpty() ? null : d.getIpAddresses().get(0);
				nodes.add(new NodeItem(d, r, IconKind.of(d), d.getName(), ip, worst.get(d), counts.getOrDefault(d, 0)));
			} else if (element instanceof ExternalConnection c) {
				String counterpart = c.getCounterpart() == null ? null : c.getCounterpart().getName();
				nodes.add(new NodeItem(c, r, IconKind.EXTERNAL, c.getName(), counterpart, worst.get(c), counts.getOrDefault(c, 0)));
			}
		}
		for (EdgeFigure f : diagram.getEdges()) {
			Identified element = elements.edge(f.getElementId());
			if (element == null) {
				continue;
			}
			Identified[] ends = ends(element);
			Rectangle a = ends[0] == null ? null : rects.get(ends[0].getId());
			Rectangle b = ends[1] == null ? null : rects.get(ends[1].getId());
			if (a == null || b == null) {
				continue;
			}
			int n = f.getBendPoints().size() + 2;
			int[] xs = new int[n];
			int[] ys = new int[n];
			xs[0] = (int) a.getCenterX();
			ys[0] = (int) a.getCenterY();
			for (int i = 0; i < f.getBendPoints().size(); i++) {
				BendPoint p = f.getBendPoints().get(i);
				xs[i + 1] = p.getX();
				ys[i + 1] = p.getY();
			}
			if (ends[1] instanceof Zone) {
				// to the zone's border, not its middle
				int px = xs[n - 2];
				int py = ys[n - 2];
				xs[n - 1] = Math.max(b.x, Math.min(px, b.x + b.width));
				ys[n - 1] = py < b.y ? b.y : py > b.y + b.height ? b.y + b.height : b.y;
			} else {
				xs[n - 1] = (int) b.getCenterX();
				ys[n - 1] = (int) b.getCenterY();
			}
			LinkMedium medium = element instanceof Link l ? l.getMedium() : LinkMedium.VPN;
			boolean untrusted = element instanceof Link l && l.isUntrusted();
			boolean onPath = pathPairs.contains(ends[0].getId() + "|" + ends[1].getId()); //$NON-NLS-1$
			edges.add(new EdgeItem(element, xs, ys, medium, untrusted, onPath));
		}
		// zones first (outer before inner: larger first), so devices paint on top
		zones.sort((x, y) -> Long.compare((long) y.bounds().width * y.bounds().height, (long) x.bounds().width * x.bounds().height));
	}

	private static Identified[] ends(Identified edge) {
		if (edge instanceof Link link) {
			return new Identified[] { link.getSource(), link.getTargetDevice() != null ? link.getTargetDevice() : link.getTargetZone() };
		}
		ExternalConnection c = (ExternalConnection) edge;
		return new Identified[] { c.getGateway(), c };
	}

	private void add(Rectangle r) {
		if (bounds.isEmpty()) {
			bounds.setBounds(r);
		} else {
			bounds.add(r);
		}
	}

	public List<ZoneItem> zones() {
		return zones;
	}

	public List<NodeItem> nodes() {
		return nodes;
	}

	public List<EdgeItem> edges() {
		return edges;
	}

	/** @return the area all figures cover */
	public Rectangle bounds() {
		return new Rectangle(bounds);
	}
}
