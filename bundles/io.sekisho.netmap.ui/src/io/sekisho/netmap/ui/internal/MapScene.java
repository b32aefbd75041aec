package io.sekisho.netmap.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.graphics.RGB;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.LinkMedium;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;
import io.sekisho.netmap.MapElements;
import io.sekisho.netmap.notation.BendPoint;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.EdgeFigure;
import io.sekisho.netmap.ui.canvas.Badge;
import io.sekisho.netmap.ui.canvas.ConnectionFigure;
import io.sekisho.netmap.ui.canvas.ContainerFigure;
import io.sekisho.netmap.ui.canvas.Figure;
import io.sekisho.netmap.ui.canvas.NodeFigure;
import io.sekisho.netmap.ui.canvas.Rect;
import io.sekisho.netmap.ui.canvas.Scene;

/**
 * Keeps the canvas scene in step with the facility and its diagram: one figure per drawn zone, device, external
 * connection point, link and gateway line, at the position the diagram holds, looking like what the element is.
 * Called after every command; it changes only figures whose model changed, so only their area repaints.
 */
public final class MapScene {

	/** The canvas element of the line from an external connection point to its gateway device. */
	public record GatewayLine(ExternalConnection connection) {
	}

	static final RGB PATH = new RGB(211, 47, 47);

	/** The size of a closed zone's box. */
	public static final int COLLAPSED_WIDTH = 240;
	public static final int COLLAPSED_HEIGHT = 64;

	private final Scene scene;
	/** Elements not drawn because their zone is closed, with the figure of that zone (lines and badges go there). */
	private final Map<EObject, ContainerFigure> hiddenIn = new HashMap<>();

	public MapScene(Scene scene) {
		this.scene = scene;
	}

	public Scene scene() {
		return scene;
	}

	/** The facility element a figure stands for (for a gateway line: its external connection). */
	public static EObject elementOf(Figure figure) {
		Object element = figure.element();
		if (element instanceof GatewayLine line) {
			return line.connection();
		}
		return element instanceof EObject e ? e : null;
	}

	/**
	 * Brings the scene up to date: {@code positions} holds the bounds of each element by id (the diagram's, and
	 * where it has none the automatic placement's), {@code routes} the bend points of lines; elements without a
	 * position are not drawn.
	 */
	public void refresh(FacilityWorkbook workbook, Map<String, Rect> positions, Map<String, List<double[]>> routes,
			List<MapResult> results) {
		refresh(workbook, positions, routes, Set.of(), results);
	}

	/**
	 * As {@link #refresh(FacilityWorkbook, Map, Map, List)}; the zones whose ids are in {@code collapsed} are drawn
	 * closed: one box with name and device count at the zone's top left corner, their devices and points not drawn,
	 * lines to those ending at the box (without bend points), and their badges on the box.
	 */
	public void refresh(FacilityWorkbook workbook, Map<String, Rect> positions, Map<String, List<double[]>> routes,
			Set<String> collapsed, List<MapResult> results) {
		MapElements elements = MapElements.of(workbook);
		Set<Object> alive = new HashSet<>();
		hiddenIn.clear();
		Map<Zone, Integer> deviceCounts = new HashMap<>();
		for (Identified element : elements.nodes().values()) {
			if (element instanceof Device device && device.getZone() != null) {
				deviceCounts.merge(device.getZone(), 1, Integer::sum);
			}
		}
		for (Zone zone : elements.zones()) {
			Rect position = positions.get(zone.getId());
			if (position != null) {
				boolean closed = collapsed.contains(zone.getId());
				Rect drawn = closed ? new Rect(position.x(), position.y(), COLLAPSED_WIDTH, COLLAPSED_HEIGHT) : position;
				ContainerFigure figure = container(zone, drawn);
				zoneLook(figure, zone);
				figure.setCollapsed(closed, closed ? NLS.bind(Messages.Zone_collapsedSummary, deviceCounts.getOrDefault(zone, 0)) : null);
				if (closed) {
					figure.setTooltip(figure.tooltip() + '\n' + figure.summary());
				}
				alive.add(zone);
			}
		}
		for (Identified element : elements.nodes().values()) {
			Rect position = positions.get(element.getId());
			if (position == null || element instanceof Zone) {
				continue;
			}
			Zone zone = element instanceof Device d ? d.getZone() : ((ExternalConnection) element).getZone();
			ContainerFigure parent = scene.figureOf(zone) instanceof ContainerFigure c ? c : null;
			if (parent != null && parent.collapsed()) {
				hiddenIn.put(element, parent);
				continue;
			}
			NodeFigure figure = node(element, position, parent);
			if (element instanceof Device device) {
				deviceLook(figure, device);
			} else {
				externalLook(figure, (ExternalConnection) element);
			}
			alive.add(element);
		}
		for (Identified element : elements.edges().values()) {
			Object key;
			Figure source;
			Figure target;
			if (element instanceof Link link) {
				key = link;
				source = drawnFigureOf(link.getSource());
				target = link.getTargetDevice() != null ? drawnFigureOf(link.getTargetDevice()) : drawnFigureOf(link.getTargetZone());
			} else {
				ExternalConnection connection = (ExternalConnection) element;
				key = new GatewayLine(connection);
				source = drawnFigureOf(connection);
				target = drawnFigureOf(connection.getGateway());
			}
			if (source == null || target == null || source == target) {
				continue;
			}
			boolean intoClosed = source instanceof ContainerFigure c1 && c1.collapsed() || target instanceof ContainerFigure c2 && c2.collapsed();
			List<double[]> bends = intoClosed ? List.of() : routes.getOrDefault(element.getId(), List.of());
			ConnectionFigure figure = connection(key, source, target, bends);
			if (element instanceof Link link) {
				linkLook(figure, link);
			} else {
				gatewayLook(figure, (ExternalConnection) element);
			}
			alive.add(key);
		}
		for (Figure figure : scene.figures()) {
			if (!alive.contains(figure.element())) {
				scene.remove(figure);
			}
		}
		showResults(results);
	}

	/** The figure drawn for {@code element}: its own, or the box of the closed zone it is in; {@code null} if none. */
	public Figure drawnFigureOf(EObject element) {
		if (element == null) {
			return null;
		}
		// the box first: right after closing, the element's own figure is still in the scene until refresh drops it
		ContainerFigure box = hiddenIn.get(element);
		return box != null ? box : scene.figureOf(element);
	}

	private ContainerFigure container(Zone zone, Rect bounds) {
		Figure existing = scene.figureOf(zone);
		if (existing instanceof ContainerFigure container) {
			scene.setBounds(container, bounds);
			return container;
		}
		return scene.add(new ContainerFigure(zone), bounds, null);
	}

	private NodeFigure node(Identified element, Rect bounds, ContainerFigure parent) {
		Figure existing = scene.figureOf(element);
		if (existing instanceof NodeFigure node) {
			scene.setBounds(node, bounds);
			if (node.parent() != parent) {
				scene.setParent(node, parent);
			}
			return node;
		}
		return scene.add(new NodeFigure(element), bounds, parent);
	}

	private ConnectionFigure connection(Object key, Figure source, Figure target, List<double[]> bends) {
		Figure existing = scene.figureOf(key);
		if (existing instanceof ConnectionFigure connection) {
			if (connection.source() != source || connection.target() != target) {
				scene.setEnds(connection, source, target);
			}
			if (!samePoints(connection.bendPoints(), bends)) {
				scene.setBendPoints(connection, bends);
			}
			return connection;
		}
		return scene.connect(new ConnectionFigure(key, source, target), bends);
	}

	private static boolean samePoints(List<double[]> a, List<double[]> b) {
		if (a.size() != b.size()) {
			return false;
		}
		for (int i = 0; i < a.size(); i++) {
			if (a.get(i)[0] != b.get(i)[0] || a.get(i)[1] != b.get(i)[1]) {
				return false;
			}
		}
		return true;
	}

	static Rect bounds(io.sekisho.netmap.notation.NodeFigure position) {
		return new Rect(position.getX(), position.getY(), Math.max(position.getWidth(), 40), Math.max(position.getHeight(), 30));
	}

	static List<double[]> bendPoints(EdgeFigure edge) {
		List<double[]> result = new ArrayList<>();
		if (edge != null) {
			for (BendPoint point : edge.getBendPoints()) {
				result.add(new double[] { point.getX(), point.getY() });
			}
		}
		return result;
	}

	// ---- looks ----

	static boolean outside(Zone zone) {
		return zone.getKind() == ZoneKind.INTERNET || zone.getKind() == ZoneKind.VENDOR_NETWORK;
	}

	private static void zoneLook(ContainerFigure figure, Zone zone) {
		TrustLevel trust = zone.getTrustLevel();
		RGB tint;
		RGB frame;
		if (trust == null) {
			tint = new RGB(242, 244, 246);
			frame = new RGB(120, 130, 140);
		} else {
			switch (trust) {
			case HIGH -> {
				tint = new RGB(237, 247, 238);
				frame = new RGB(46, 125, 50);
			}
			case MEDIUM -> {
				tint = new RGB(235, 244, 253);
				frame = new RGB(21, 101, 192);
			}
			case LOW -> {
				tint = new RGB(255, 246, 232);
				frame = new RGB(230, 110, 0);
			}
			default -> {
				tint = new RGB(253, 238, 240);
				frame = new RGB(198, 40, 40);
			}
			}
		}
		String trustText = trust == null ? Messages.Trust_unknown : Messages.label("Trust_" + trust.name()); //$NON-NLS-1$
		String chip = outside(zone) ? NLS.bind(Messages.Zone_outsideChip, trustText) : NLS.bind(Messages.Zone_trustChip, trustText);
		figure.setLook(zone.getName(), chip, tint, frame, trust == TrustLevel.UNTRUSTED);
		StringBuilder tip = new StringBuilder(nonEmpty(zone.getName()));
		tip.append('\n').append(NLS.bind(Messages.Zone_trustChip, trustText));
		if (!zone.getSubnets().isEmpty()) {
			tip.append('\n').append(String.join(", ", zone.getSubnets())); //$NON-NLS-1$
		}
		figure.setTooltip(tip.toString());
	}

	private static void deviceLook(NodeFigure figure, Device device) {
		DeviceKind kind = DeviceKind.of(device);
		String address = device.getIpAddresses().isEmpty() ? null : device.getIpAddresses().get(0);
		String subtitle = address != null ? address : kind.label();
		figure.setLook(nonEmpty(device.getName()), subtitle, Glyphs.of(kind), NodeFigure.Shape.CARD, Glyphs.accent(kind));
		figure.setMuted(device.getStatus() == DeviceStatus.PLANNED);
		StringBuilder tip = new StringBuilder(nonEmpty(device.getName())).append('\n').append(kind.label());
		if (device.getRole() != null && !device.getRole().isEmpty()) {
			tip.append(Messages.Separator).append(device.getRole());
		}
		if (!device.getIpAddresses().isEmpty()) {
			tip.append('\n').append(String.join(", ", device.getIpAddresses())); //$NON-NLS-1$
		}
		String model = (nonEmpty(device.getManufacturer()) + ' ' + nonEmpty(device.getModel())).trim();
		if (!model.isEmpty()) {
			tip.append('\n').append(model);
		}
		if (device.getStatus() == DeviceStatus.PLANNED) {
			tip.append('\n').append(Messages.Device_planned);
		}
		figure.setTooltip(tip.toString());
	}

	private static void externalLook(NodeFigure figure, ExternalConnection connection) {
		ExternalKind kind = ExternalKind.of(connection);
		String counterpart = connection.getCounterpart() == null ? null : connection.getCounterpart().getName();
		String subtitle = counterpart != null ? counterpart : kind.label();
		figure.setLook(nonEmpty(connection.getName()), subtitle, Glyphs.of(kind), NodeFigure.Shape.CLOUD, Glyphs.accent(kind));
		StringBuilder tip = new StringBuilder(nonEmpty(connection.getName())).append('\n').append(kind.label());
		if (counterpart != null) {
			tip.append(Messages.Separator).append(counterpart);
		}
		if (connection.getMode() != null) {
			tip.append('\n').append(Messages.label("Mode_" + connection.getMode().name())); //$NON-NLS-1$
		}
		figure.setTooltip(tip.toString());
	}

	private static void linkLook(ConnectionFigure figure, Link link) {
		LinkMedium medium = link.getMedium() == null ? LinkMedium.WIRED : link.getMedium();
		String mediumText = Messages.label("Medium_" + medium.name()); //$NON-NLS-1$
		switch (medium) {
		case WIRELESS -> figure.setLook(mediumText, ConnectionFigure.Style.DASHED, new RGB(21, 101, 192), 2);
		case VPN -> figure.setLook(mediumText, ConnectionFigure.Style.TUNNEL, new RGB(230, 81, 0), 3);
		case OTHER -> figure.setLook(mediumText, ConnectionFigure.Style.DOTTED, new RGB(96, 125, 139), 2);
		default -> figure.setLook(null, ConnectionFigure.Style.SOLID, new RGB(84, 110, 122), 2);
		}
		String source = link.getSource() == null ? "" : nonEmpty(link.getSource().getName()); //$NON-NLS-1$
		String target = link.getTargetDevice() != null ? nonEmpty(link.getTargetDevice().getName())
				: link.getTargetZone() != null ? nonEmpty(link.getTargetZone().getName()) : ""; //$NON-NLS-1$
		figure.setTooltip(NLS.bind(Messages.Link_tooltip, new Object[] { source, target, mediumText }));
	}

	private static void gatewayLook(ConnectionFigure figure, ExternalConnection connection) {
		String mode = connection.getMode() == null ? null : Messages.label("Mode_" + connection.getMode().name()); //$NON-NLS-1$
		ExternalKind kind = ExternalKind.of(connection);
		boolean tunnel = kind == ExternalKind.VENDOR || kind == ExternalKind.CATERER || kind == ExternalKind.REGIONAL_NETWORK;
		figure.setLook(mode, tunnel ? ConnectionFigure.Style.TUNNEL : ConnectionFigure.Style.SOLID, Glyphs.accent(kind), 3);
		figure.setTooltip(NLS.bind(Messages.Gateway_tooltip, nonEmpty(connection.getName()),
				connection.getGateway() == null ? "" : nonEmpty(connection.getGateway().getName()))); //$NON-NLS-1$
	}

	private static String nonEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	// ---- analysis results ----

	private List<MapResult> shownResults = List.of();
	private MapResult highlighted;

	/** Badges every element a result names: the worst severity, the count, the messages as tooltip. */
	private void showResults(List<MapResult> results) {
		shownResults = results;
		Map<Figure, List<MapResult>> byFigure = new HashMap<>();
		for (MapResult result : results) {
			for (EObject element : result.elements()) {
				Figure figure = drawnFigureOf(element);
				if (figure != null) {
					List<MapResult> own = byFigure.computeIfAbsent(figure, k -> new ArrayList<>());
					if (!own.contains(result)) {
						own.add(result);
					}
				}
			}
		}
		for (Figure figure : scene.figures()) {
			List<MapResult> own = byFigure.get(figure);
			if (own == null) {
				figure.setBadge(null);
				continue;
			}
			int worst = own.stream().mapToInt(MapResult::severity).max().orElse(Diagnostic.INFO);
			Badge.Severity severity = worst >= Diagnostic.ERROR ? Badge.Severity.ERROR
					: worst >= Diagnostic.WARNING ? Badge.Severity.WARNING : Badge.Severity.INFO;
			String tooltip = String.join("\n", own.stream().map(MapResult::message).toList()); //$NON-NLS-1$
			figure.setBadge(new Badge(severity, own.size() > 9 ? "9+" : Integer.toString(own.size()), tooltip)); //$NON-NLS-1$
		}
		highlight(highlighted != null && results.contains(highlighted) ? highlighted : null);
	}

	public List<MapResult> results() {
		return shownResults;
	}

	/** Draws the path (or the elements) of {@code result} emphasised; {@code null} clears. */
	public void highlight(MapResult result) {
		highlighted = result;
		Set<Figure> marked = new HashSet<>();
		if (result != null) {
			List<EObject> hops = result.path().isEmpty() ? result.elements() : result.path();
			Figure previous = null;
			for (EObject hop : hops) {
				Figure figure = drawnFigureOf(hop);
				if (figure == null || figure == previous) {
					continue;
				}
				marked.add(figure);
				if (previous != null) {
					for (ConnectionFigure connection : scene.connectionsOf(figure)) {
						if (connection.source() == previous || connection.target() == previous) {
							marked.add(connection);
						}
					}
				}
				previous = figure;
			}
		}
		for (Figure figure : scene.figures()) {
			figure.setHighlight(marked.contains(figure) ? PATH : null);
		}
	}
}
