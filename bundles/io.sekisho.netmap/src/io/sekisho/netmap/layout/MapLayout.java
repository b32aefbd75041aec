package io.sekisho.netmap.layout;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.core.runtime.OperationCanceledException;
import org.eclipse.core.runtime.SubMonitor;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.EdgeRouting;
import org.eclipse.elk.graph.ElkBendPoint;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkEdgeSection;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Zone;
import io.sekisho.netmap.MapElements;
import io.sekisho.netmap.internal.Messages;
import io.sekisho.netmap.notation.BendPoint;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.EdgeFigure;
import io.sekisho.netmap.notation.NodeFigure;
import io.sekisho.netmap.notation.NotationFactory;

/**
 * Lays out the network map with ELK layered (orthogonal edges), zone by zone: each zone's devices are laid out on
 * their own, devices that hang off one switch alone (PCs, printers, access points) are packed in a grid under it
 * instead of one endless row, and devices without links in a grid of their own; then the zones themselves are
 * arranged (ELK over the zones, external and untrusted networks on top) or, for large maps, packed in rows of a
 * screen-like aspect ratio, so 2,000 devices do not become one strip tens of thousands of pixels wide. Figures the
 * user pinned keep their place (a pinned zone keeps its place and takes its devices along), and so do the bend
 * points of links the user pinned by editing them. Cross-zone edges get a
 * simple orthogonal route between the zones. Cancellable between zones and inside ELK.
 */
public final class MapLayout {

	/** Above this many devices the zones are packed in rows instead of laid out by ELK. */
	static final int ZONE_LAYOUT_LIMIT = 400;

	/** Where a figure goes. */
	static final class Box {
		int x;
		int y;
		final int w;
		final int h;

		Box(int w, int h) {
			this.w = w;
			this.h = h;
		}

		int cx() {
			return x + w / 2;
		}

		int cy() {
			return y + h / 2;
		}
	}

	/** What a layout did. */
	public record Result(int width, int height, int placed) {
	}

	private final FacilityWorkbook workbook;
	private final Diagram diagram;
	private final MapElements elements;
	private final Map<String, NodeFigure> nodeFigures = new HashMap<>();
	private final Map<String, Box> boxes = new HashMap<>();
	private final Map<String, List<int[]>> routes = new HashMap<>();
	private final Map<Identified, Object> groupOf = new HashMap<>();

	private static final Object OUTSIDE = new Object();

	public MapLayout(FacilityWorkbook workbook, Diagram diagram) {
		this.workbook = workbook;
		this.diagram = diagram;
		this.elements = MapElements.of(workbook);
		diagram.getNodes().forEach(n -> nodeFigures.put(n.getElementId(), n));
	}

	/** Lays out everything (pinned figures stay) and writes the positions into the diagram. */
	public Result run(IProgressMonitor monitor) {
		Elk.register();
		Map<Object, List<Identified>> groups = groups();
		SubMonitor progress = SubMonitor.convert(monitor == null ? new NullProgressMonitor() : monitor, Messages.Layout_task,
				groups.size() + 2);
		Map<Object, Box> groupBoxes = new LinkedHashMap<>();
		for (Map.Entry<Object, List<Identified>> group : groups.entrySet()) {
			checkCanceled(progress);
			groupBoxes.put(group.getKey(), layoutGroup(group.getValue(), progress.split(1)));
		}
		checkCanceled(progress);
		arrangeGroups(groups, groupBoxes, progress.split(1));
		place(groups, groupBoxes);
		routeCrossEdges();
		int placed = write();
		progress.worked(1);
		int width = 0;
		int height = 0;
		for (Box b : boxes.values()) {
			width = Math.max(width, b.x + b.w);
			height = Math.max(height, b.y + b.h);
		}
		return new Result(width, height, placed);
	}

	private static void checkCanceled(IProgressMonitor monitor) {
		if (monitor.isCanceled()) {
			throw new OperationCanceledException();
		}
	}

	// ---------------------------------------------------------------------------------------------------------------
	// groups: one per zone (external networks included), one for what is in no zone

	private Map<Object, List<Identified>> groups() {
		Map<Object, List<Identified>> groups = new LinkedHashMap<>();
		for (Zone zone : workbook.getZones()) {
			groups.put(zone, new ArrayList<>());
		}
		groups.put(OUTSIDE, new ArrayList<>());
		for (Identified element : elements.nodes().values()) {
			Object key;
			if (element instanceof Device d) {
				key = d.getZone() != null && groups.containsKey(d.getZone()) ? d.getZone() : OUTSIDE;
			} else if (element instanceof ExternalConnection c) {
				key = c.getZone() != null && groups.containsKey(c.getZone()) ? c.getZone() : OUTSIDE;
			} else {
				continue; // zones are the groups
			}
			groups.get(key).add(element);
			groupOf.put(element, key);
		}
		if (groups.get(OUTSIDE).isEmpty()) {
			groups.remove(OUTSIDE);
		}
		return groups;
	}

	private static Box sizeOf(Identified element) {
		return element instanceof ExternalConnection ? new Box(FigureSizes.EXTERNAL_WIDTH, FigureSizes.EXTERNAL_HEIGHT)
				: new Box(FigureSizes.DEVICE_WIDTH, FigureSizes.DEVICE_HEIGHT);
	}

	/** The two ends of an edge element: a link or an external connection (gateway, connection point). */
	private Identified[] ends(Identified edge) {
		if (edge instanceof Link link) {
			return new Identified[] { link.getSource(), link.getTargetDevice() != null ? link.getTargetDevice() : link.getTargetZone() };
		}
		ExternalConnection c = (ExternalConnection) edge;
		return new Identified[] { c.getGateway(), c };
	}

	// ---------------------------------------------------------------------------------------------------------------
	// one group

	/** Lays out one group's members relative to (0,0); returns the group's size. */
	private Box layoutGroup(List<Identified> members, IProgressMonitor monitor) {
		Map<Identified, Integer> index = new HashMap<>();
		for (int i = 0; i < members.size(); i++) {
			index.put(members.get(i), i);
			boxes.put(members.get(i).getId(), sizeOf(members.get(i)));
		}
		int n = members.size();
		int[] intraDegree = new int[n];
		int[] crossDegree = new int[n];
		int[] onlyNeighbour = new int[n];
		java.util.Arrays.fill(onlyNeighbour, -1);
		List<int[]> intra = new ArrayList<>();
		List<Identified> intraElements = new ArrayList<>();
		for (Identified edge : elements.edges().values()) {
			Identified[] ends = ends(edge);
			Integer a = index.get(ends[0]);
			Integer b = index.get(ends[1]);
			if (a != null && b != null && !a.equals(b)) {
				intra.add(new int[] { a, b });
				intraElements.add(edge);
				intraDegree[a]++;
				intraDegree[b]++;
				onlyNeighbour[a] = b;
				onlyNeighbour[b] = a;
			} else if (a != null) {
				crossDegree[a]++;
			} else if (b != null) {
				crossDegree[b]++;
			}
		}
		// leaves: hang off one member alone; packed in a grid block under it when there are several
		Map<Integer, List<Integer>> leavesOf = new LinkedHashMap<>();
		List<Integer> isolated = new ArrayList<>();
		for (int i = 0; i < n; i++) {
			if (intraDegree[i] == 0 && crossDegree[i] == 0) {
				isolated.add(i);
			} else if (intraDegree[i] == 1 && crossDegree[i] == 0 && !(intraDegree[onlyNeighbour[i]] == 1 && onlyNeighbour[onlyNeighbour[i]] == i && i < onlyNeighbour[i])) {
				leavesOf.computeIfAbsent(onlyNeighbour[i], k -> new ArrayList<>()).add(i);
			}
		}
		leavesOf.values().removeIf(list -> list.size() < 3);
		boolean[] inBlock = new boolean[n];
		leavesOf.values().forEach(list -> list.forEach(i -> inBlock[i] = true));
		isolated.forEach(i -> inBlock[i] = true);

		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered"); //$NON-NLS-1$
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(CoreOptions.EDGE_ROUTING, EdgeRouting.ORTHOGONAL);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, (double) FigureSizes.GAP);
		root.setProperty(org.eclipse.elk.alg.layered.options.LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, 48.0);
		root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
		ElkNode[] nodes = new ElkNode[n];
		for (int i = 0; i < n; i++) {
			if (!inBlock[i]) {
				Box box = boxes.get(members.get(i).getId());
				nodes[i] = ElkGraphUtil.createNode(root);
				nodes[i].setDimensions(box.w, box.h);
			}
		}
		Map<Integer, ElkNode> blockNodes = new LinkedHashMap<>();
		for (Map.Entry<Integer, List<Integer>> e : leavesOf.entrySet()) {
			ElkNode block = gridNode(root, e.getValue().size());
			blockNodes.put(e.getKey(), block);
			if (nodes[e.getKey()] != null) {
				ElkGraphUtil.createSimpleEdge(nodes[e.getKey()], block);
			}
		}
		ElkNode isolatedBlock = isolated.isEmpty() ? null : gridNode(root, isolated.size());
		Map<ElkEdge, Identified> elkEdges = new HashMap<>();
		for (int k = 0; k < intra.size(); k++) {
			int a = intra.get(k)[0];
			int b = intra.get(k)[1];
			if (nodes[a] != null && nodes[b] != null) {
				elkEdges.put(ElkGraphUtil.createSimpleEdge(nodes[a], nodes[b]), intraElements.get(k));
			}
		}
		if (!root.getChildren().isEmpty()) {
			new RecursiveGraphLayoutEngine().layout(root, new Elk.Monitor(monitor));
			checkCanceled(monitor);
		}
		for (int i = 0; i < n; i++) {
			if (nodes[i] != null) {
				Box box = boxes.get(members.get(i).getId());
				box.x = (int) Math.round(nodes[i].getX());
				box.y = (int) Math.round(nodes[i].getY());
			}
		}
		for (Map.Entry<Integer, List<Integer>> e : leavesOf.entrySet()) {
			fillGrid(members, e.getValue(), blockNodes.get(e.getKey()));
		}
		if (isolatedBlock != null) {
			fillGrid(members, isolated, isolatedBlock);
		}
		for (Map.Entry<ElkEdge, Identified> e : elkEdges.entrySet()) {
			List<int[]> points = new ArrayList<>();
			for (ElkEdgeSection section : e.getKey().getSections()) {
				for (ElkBendPoint p : section.getBendPoints()) {
					points.add(new int[] { (int) Math.round(p.getX()), (int) Math.round(p.getY()) });
				}
			}
			routes.put(e.getValue().getId(), points);
		}
		// normalise: members start at (padding, title + padding)
		int minX = Integer.MAX_VALUE;
		int minY = Integer.MAX_VALUE;
		int maxX = 0;
		int maxY = 0;
		for (Identified m : members) {
			Box b = boxes.get(m.getId());
			minX = Math.min(minX, b.x);
			minY = Math.min(minY, b.y);
		}
		if (members.isEmpty()) {
			minX = 0;
			minY = 0;
		}
		int dx = FigureSizes.ZONE_PADDING - minX;
		int dy = FigureSizes.ZONE_TITLE + FigureSizes.ZONE_PADDING - minY;
		for (Identified m : members) {
			Box b = boxes.get(m.getId());
			b.x += dx;
			b.y += dy;
			maxX = Math.max(maxX, b.x + b.w);
			maxY = Math.max(maxY, b.y + b.h);
		}
		for (Identified edge : intraElements) {
			List<int[]> points = routes.get(edge.getId());
			if (points != null) {
				points.forEach(p -> {
					p[0] += dx;
					p[1] += dy;
				});
			}
		}
		return new Box(Math.max(220, maxX + FigureSizes.ZONE_PADDING), Math.max(FigureSizes.ZONE_TITLE + 80, maxY + FigureSizes.ZONE_PADDING));
	}

	private static int columns(int count) {
		return Math.max(1, (int) Math.ceil(Math.sqrt(count * 1.6 * FigureSizes.DEVICE_HEIGHT / FigureSizes.DEVICE_WIDTH)));
	}

	private static ElkNode gridNode(ElkNode root, int count) {
		int cols = columns(count);
		int rows = (count + cols - 1) / cols;
		ElkNode block = ElkGraphUtil.createNode(root);
		block.setDimensions(cols * (FigureSizes.DEVICE_WIDTH + FigureSizes.GAP) - FigureSizes.GAP,
				rows * (FigureSizes.DEVICE_HEIGHT + FigureSizes.GAP) - FigureSizes.GAP);
		return block;
	}

	private void fillGrid(List<Identified> members, List<Integer> cells, ElkNode block) {
		int cols = columns(cells.size());
		int x0 = (int) Math.round(block.getX());
		int y0 = (int) Math.round(block.getY());
		for (int k = 0; k < cells.size(); k++) {
			Box b = boxes.get(members.get(cells.get(k)).getId());
			b.x = x0 + (k % cols) * (FigureSizes.DEVICE_WIDTH + FigureSizes.GAP);
			b.y = y0 + (k / cols) * (FigureSizes.DEVICE_HEIGHT + FigureSizes.GAP);
		}
	}

	// ---------------------------------------------------------------------------------------------------------------
	// the zones themselves

	private static int trustRank(Object group) {
		if (group instanceof Zone z) {
			TrustLevel t = z.getTrustLevel();
			return io.sekisho.netmap.analysis.NetworkGraph.isExternalZone(z) ? -1 : t == null ? 2 : t.getValue();
		}
		return 5; // what is in no zone goes last
	}

	private void arrangeGroups(Map<Object, List<Identified>> groups, Map<Object, Box> groupBoxes, IProgressMonitor monitor) {
		int members = groups.values().stream().mapToInt(List::size).sum();
		if (members <= ZONE_LAYOUT_LIMIT && groupBoxes.size() > 1) {
			arrangeWithElk(groups, groupBoxes, monitor);
		} else {
			packInRows(groupBoxes);
		}
		// a pinned zone keeps its place
		for (Map.Entry<Object, Box> e : groupBoxes.entrySet()) {
			if (e.getKey() instanceof Zone zone) {
				NodeFigure figure = nodeFigures.get(zone.getId());
				if (figure != null && figure.isPinned()) {
					e.getValue().x = figure.getX();
					e.getValue().y = figure.getY();
				}
			}
		}
	}

	private void arrangeWithElk(Map<Object, List<Identified>> groups, Map<Object, Box> groupBoxes, IProgressMonitor monitor) {
		ElkNode root = ElkGraphUtil.createGraph();
		root.setProperty(CoreOptions.ALGORITHM, "org.eclipse.elk.layered"); //$NON-NLS-1$
		root.setProperty(CoreOptions.DIRECTION, Direction.DOWN);
		root.setProperty(CoreOptions.SPACING_NODE_NODE, (double) FigureSizes.ZONE_GAP);
		root.setProperty(org.eclipse.elk.alg.layered.options.LayeredOptions.SPACING_NODE_NODE_BETWEEN_LAYERS, (double) FigureSizes.ZONE_GAP);
		root.setProperty(CoreOptions.ASPECT_RATIO, 1.6);
		Map<Object, ElkNode> nodes = new LinkedHashMap<>();
		for (Map.Entry<Object, Box> e : groupBoxes.entrySet()) {
			ElkNode node = ElkGraphUtil.createNode(root);
			node.setDimensions(e.getValue().w, e.getValue().h);
			nodes.put(e.getKey(), node);
		}
		java.util.Set<String> seen = new java.util.HashSet<>();
		for (Identified edge : elements.edges().values()) {
			Identified[] ends = ends(edge);
			Object a = ends[0] instanceof Zone z ? z : groupOf.get(ends[0]);
			Object b = ends[1] instanceof Zone z ? z : groupOf.get(ends[1]);
			if (a == null || b == null || a == b || !nodes.containsKey(a) || !nodes.containsKey(b)) {
				continue;
			}
			// outside and less trusted networks on top
			Object from = trustRank(a) <= trustRank(b) ? a : b;
			Object to = from == a ? b : a;
			if (seen.add(System.identityHashCode(from) + ":" + System.identityHashCode(to))) { //$NON-NLS-1$
				ElkGraphUtil.createSimpleEdge(nodes.get(from), nodes.get(to));
			}
		}
		new RecursiveGraphLayoutEngine().layout(root, new Elk.Monitor(monitor));
		checkCanceled(monitor);
		for (Map.Entry<Object, ElkNode> e : nodes.entrySet()) {
			Box box = groupBoxes.get(e.getKey());
			box.x = (int) Math.round(e.getValue().getX());
			box.y = (int) Math.round(e.getValue().getY());
		}
	}

	/** Shelf packing: rows about as wide as a screen-shaped rectangle of the total area, less trusted zones first. */
	private static void packInRows(Map<Object, Box> groupBoxes) {
		List<Map.Entry<Object, Box>> order = new ArrayList<>(groupBoxes.entrySet());
		order.sort(Comparator.<Map.Entry<Object, Box>>comparingInt(e -> trustRank(e.getKey())).thenComparing(e -> -e.getValue().h));
		long area = 0;
		int widest = 0;
		for (Map.Entry<Object, Box> e : order) {
			area += (long) (e.getValue().w + FigureSizes.ZONE_GAP) * (e.getValue().h + FigureSizes.ZONE_GAP);
			widest = Math.max(widest, e.getValue().w);
		}
		int rowWidth = Math.max(widest, (int) Math.sqrt(area * 1.6));
		int x = 0;
		int y = 0;
		int rowHeight = 0;
		for (Map.Entry<Object, Box> e : order) {
			Box b = e.getValue();
			if (x > 0 && x + b.w > rowWidth) {
				x = 0;
				y += rowHeight + FigureSizes.ZONE_GAP;
				rowHeight = 0;
			}
			b.x = x;
			b.y = y;
			x += b.w + FigureSizes.ZONE_GAP;
			rowHeight = Math.max(rowHeight, b.h);
		}
	}

	// ---------------------------------------------------------------------------------------------------------------
	// absolute positions, routes, and the diagram

	private void place(Map<Object, List<Identified>> groups, Map<Object, Box> groupBoxes) {
		for (Map.Entry<Object, List<Identified>> group : groups.entrySet()) {
			Box zone = groupBoxes.get(group.getKey());
			if (group.getKey() instanceof Zone z) {
				boxes.put(z.getId(), zone);
			}
			for (Identified member : group.getValue()) {
				Box b = boxes.get(member.getId());
				b.x += zone.x;
				b.y += zone.y;
				NodeFigure figure = nodeFigures.get(member.getId());
				if (figure != null && figure.isPinned()) {
					b.x = figure.getX();
					b.y = figure.getY();
				}
			}
			for (Identified edge : elements.edges().values()) {
				if (groupOf.get(ends(edge)[0]) == group.getKey() && routes.containsKey(edge.getId())) {
					routes.get(edge.getId()).forEach(p -> {
						p[0] += zone.x;
						p[1] += zone.y;
					});
				}
			}
		}
	}

	private boolean pinned(Identified element) {
		NodeFigure f = element == null ? null : nodeFigures.get(element.getId());
		return f != null && f.isPinned();
	}

	private void routeCrossEdges() {
		for (Identified edge : elements.edges().values()) {
			Identified[] ends = ends(edge);
			if (pinned(ends[0]) || pinned(ends[1])) {
				routes.put(edge.getId(), List.of());
				continue;
			}
			if (routes.containsKey(edge.getId())) {
				continue;
			}
			Box a = ends[0] == null ? null : boxes.get(ends[0].getId());
			Box b = ends[1] == null ? null : boxes.get(ends[1].getId());
			if (a == null || b == null) {
				continue;
			}
			int sy = a.cy();
			int ty = ends[1] instanceof Zone ? (sy < b.y ? b.y : b.y + b.h) : b.cy();
			int tx = ends[1] instanceof Zone ? Math.max(b.x + 8, Math.min(a.cx(), b.x + b.w - 8)) : b.cx();
			int mid = (sy + ty) / 2;
			routes.put(edge.getId(), a.cx() == tx ? List.of() : List.of(new int[] { a.cx(), mid }, new int[] { tx, mid }));
		}
	}

	private int write() {
		int placed = 0;
		for (Map.Entry<String, Box> e : boxes.entrySet()) {
			if (elements.node(e.getKey()) == null) {
				continue;
			}
			NodeFigure figure = nodeFigures.get(e.getKey());
			if (figure == null) {
				figure = NotationFactory.eINSTANCE.createNodeFigure();
				figure.setElementId(e.getKey());
				diagram.getNodes().add(figure);
				nodeFigures.put(e.getKey(), figure);
			}
			Box b = e.getValue();
			if (!figure.isPinned()) {
				figure.setX(b.x);
				figure.setY(b.y);
			}
			figure.setWidth(b.w);
			figure.setHeight(b.h);
			placed++;
		}
		Map<String, EdgeFigure> edgeFigures = new HashMap<>();
		diagram.getEdges().forEach(f -> edgeFigures.put(f.getElementId(), f));
		for (Identified edge : elements.edges().values()) {
			EdgeFigure figure = edgeFigures.get(edge.getId());
			if (figure == null) {
				figure = NotationFactory.eINSTANCE.createEdgeFigure();
				figure.setElementId(edge.getId());
				diagram.getEdges().add(figure);
			}
			if (figure.isPinned()) {
				continue; // bend points the user placed by hand stay
			}
			figure.getBendPoints().clear();
			for (int[] p : routes.getOrDefault(edge.getId(), List.of())) {
				BendPoint bend = NotationFactory.eINSTANCE.createBendPoint();
				bend.setX(p[0]);
				bend.setY(p[1]);
				figure.getBendPoints().add(bend);
			}
		}
		return placed;
	}
}
