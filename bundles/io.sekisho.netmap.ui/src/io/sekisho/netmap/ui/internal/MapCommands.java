package io.sekisho.netmap.ui.internal;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.RemoveCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import io.sekisho.model.ModelIds;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.LinkMedium;
import io.sekisho.model.facility.Named;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.notation.BendPoint;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.EdgeFigure;
import io.sekisho.netmap.notation.NodeFigure;
import io.sekisho.netmap.notation.NotationFactory;
import io.sekisho.netmap.notation.NotationPackage;
import io.sekisho.netmap.ui.canvas.Rect;

/**
 * Builds the EMF commands of every map edit. Facility changes (new devices, links, zones of devices) and
 * notation changes (positions) of one gesture go into one compound command, so one undo reverts the gesture.
 * When the resource has no diagram yet, the first command adds it as a second root.
 */
public final class MapCommands {

	private static final NotationPackage N = NotationPackage.eINSTANCE;
	private static final FacilityPackage F = FacilityPackage.eINSTANCE;

	private final EditingDomain domain;
	private final FacilityWorkbook workbook;
	private final Resource resource;
	private java.util.function.Function<String, Rect> placed = id -> null;
	private java.util.function.Supplier<Map<String, Rect>> shownNodes = Map::of;
	private java.util.function.Supplier<Map<String, List<double[]>>> shownRoutes = Map::of;
	private Diagram pendingDiagram;
	private CompoundCommand pendingFor;

	public MapCommands(EditingDomain domain, FacilityWorkbook workbook, Resource resource) {
		this.domain = domain;
		this.workbook = workbook;
		this.resource = resource;
	}

	/**
	 * Where elements without a stored position are drawn (the automatic placement): moving or resizing one
	 * stores its figure.
	 */
	public void setPlacement(java.util.function.Function<String, Rect> placement) {
		this.placed = placement;
	}

	/**
	 * What the page shows but the diagram does not hold yet (the first layout of a map never stored): the first
	 * command that adds the diagram stores all of it, unpinned, so the map looks the same after reopening.
	 */
	public void setShown(java.util.function.Supplier<Map<String, Rect>> nodes, java.util.function.Supplier<Map<String, List<double[]>>> routes) {
		this.shownNodes = nodes;
		this.shownRoutes = routes;
	}

	/** Puts the shown positions and routes into {@code fresh}, a diagram not yet in any resource. */
	public void materializeInto(Diagram fresh) {
		Set<String> present = new java.util.HashSet<>();
		fresh.getNodes().forEach(n -> present.add(n.getElementId()));
		new java.util.TreeMap<>(shownNodes.get()).forEach((id, r) -> {
			if (present.add(id)) {
				NodeFigure node = NotationFactory.eINSTANCE.createNodeFigure();
				node.setElementId(id);
				node.setX((int) Math.round(r.x()));
				node.setY((int) Math.round(r.y()));
				node.setWidth((int) Math.round(r.width()));
				node.setHeight((int) Math.round(r.height()));
				fresh.getNodes().add(node);
			}
		});
		Set<String> routed = new java.util.HashSet<>();
		fresh.getEdges().forEach(e -> routed.add(e.getElementId()));
		new java.util.TreeMap<>(shownRoutes.get()).forEach((id, bends) -> {
			if (routed.add(id)) {
				EdgeFigure edge = NotationFactory.eINSTANCE.createEdgeFigure();
				edge.setElementId(id);
				for (double[] p : bends) {
					BendPoint point = NotationFactory.eINSTANCE.createBendPoint();
					point.setX((int) Math.round(p[0]));
					point.setY((int) Math.round(p[1]));
					edge.getBendPoints().add(point);
				}
				fresh.getEdges().add(edge);
			}
		});
	}

	/** The diagram of the resource, or {@code null} before the first map edit. */
	public Diagram diagram() {
		Diagram found = Diagrams.find(resource).orElse(null);
		if (found != null) {
			pendingDiagram = null;
		}
		return found;
	}

	/** The diagram the next command works on: the existing one, or a new one the command adds. */
	private Diagram target(CompoundCommand compound) {
		Diagram existing = diagram();
		if (existing != null) {
			return existing;
		}
		if (pendingFor != compound || pendingDiagram == null) {
			// a fresh diagram per command: one built for a command that never ran (or was undone) is not reused
			pendingDiagram = Diagrams.create(workbook);
			materializeInto(pendingDiagram);
			compound.append(new AddCommand(domain, resource.getContents(), pendingDiagram));
			pendingFor = compound;
		}
		return pendingDiagram;
	}

	public NodeFigure positionOf(EObject element) {
		Diagram diagram = diagram();
		if (diagram == null || !(element instanceof Identified identified)) {
			return null;
		}
		for (NodeFigure node : diagram.getNodes()) {
			if (identified.getId().equals(node.getElementId())) {
				return node;
			}
		}
		return null;
	}

	/** The stored route of a line; while {@code compound} is adding the diagram, the route in that new diagram. */
	private EdgeFigure routeOf(Identified element, CompoundCommand compound) {
		Diagram diagram = diagram();
		if (diagram == null && pendingFor == compound) {
			diagram = pendingDiagram;
		}
		if (diagram == null) {
			return null;
		}
		for (EdgeFigure edge : diagram.getEdges()) {
			if (element.getId().equals(edge.getElementId())) {
				return edge;
			}
		}
		return null;
	}

	/**
	 * Stores the positions and routes of a laid-out copy of the diagram: figures that exist move (pinned ones
	 * the layout left alone), the others are added; routes are replaced.
	 */
	public Command applyLayout(Diagram laidOut) {
		CompoundCommand compound = new CompoundCommand(Messages.Command_layout);
		Diagram diagram = target(compound);
		Map<String, NodeFigure> existing = new HashMap<>();
		diagram.getNodes().forEach(n -> existing.putIfAbsent(n.getElementId(), n));
		List<NodeFigure> added = new ArrayList<>();
		for (NodeFigure node : laidOut.getNodes()) {
			NodeFigure current = existing.get(node.getElementId());
			if (current == null) {
				added.add(EcoreUtil.copy(node));
			} else if (!current.isPinned()) {
				appendBounds(compound, current, MapScene.bounds(node), false);
			}
		}
		if (!added.isEmpty()) {
			compound.append(AddCommand.create(domain, diagram, N.getDiagram_Nodes(), added));
		}
		Map<String, EdgeFigure> routes = new HashMap<>();
		diagram.getEdges().forEach(e -> routes.putIfAbsent(e.getElementId(), e));
		List<EdgeFigure> newRoutes = new ArrayList<>();
		for (EdgeFigure edge : laidOut.getEdges()) {
			EdgeFigure current = routes.get(edge.getElementId());
			if (current == null) {
				newRoutes.add(EcoreUtil.copy(edge));
				continue;
			}
			if (current.isPinned()) {
				continue; // the user's own bend points stay
			}
			if (!current.getBendPoints().isEmpty()) {
				compound.append(RemoveCommand.create(domain, current, N.getEdgeFigure_BendPoints(), new ArrayList<>(current.getBendPoints())));
			}
			if (!edge.getBendPoints().isEmpty()) {
				compound.append(AddCommand.create(domain, current, N.getEdgeFigure_BendPoints(), EcoreUtil.copyAll(edge.getBendPoints())));
			}
		}
		if (!newRoutes.isEmpty()) {
			compound.append(AddCommand.create(domain, diagram, N.getDiagram_Edges(), newRoutes));
		}
		return compound;
	}

	/** Moves elements by (dx, dy); a zone takes its devices, points and inner bend points along. */
	public Command move(List<EObject> elements, double dx, double dy, boolean reparent, Zone newZone) {
		CompoundCommand compound = new CompoundCommand(Messages.Command_move);
		Set<EObject> moving = new LinkedHashSet<>(elements);
		for (EObject element : elements) {
			if (element instanceof Zone zone) {
				for (Device device : workbook.getDevices()) {
					if (device.getZone() == zone) {
						moving.add(device);
					}
				}
				for (ExternalConnection connection : workbook.getExternalConnections()) {
					if (connection.getZone() == zone) {
						moving.add(connection);
					}
				}
			}
		}
		int ix = (int) Math.round(dx);
		int iy = (int) Math.round(dy);
		if (ix != 0 || iy != 0) {
			for (EObject element : moving) {
				NodeFigure node = positionOf(element);
				Rect drawn = node == null && element instanceof Identified identified ? placed.apply(identified.getId()) : null;
				if (drawn != null) {
					addFigure(compound, (Identified) element, drawn.translate(ix, iy));
					} else if (node != null) {
					compound.append(SetCommand.create(domain, node, N.getNodeFigure_X(), node.getX() + ix));
					compound.append(SetCommand.create(domain, node, N.getNodeFigure_Y(), node.getY() + iy));
					if (!node.isPinned()) {
						compound.append(SetCommand.create(domain, node, N.getNodeFigure_Pinned(), Boolean.TRUE));
					}
				}
			}
			List<Identified> within = edgesWithin(moving);
			// a line with one end moved loses its bend points: they were routed for the old place
			for (Identified edge : edgesTouching(moving)) {
				EdgeFigure route = routeOf(edge, compound);
				boolean handMade = route != null && route.isPinned(); // the user's own bend points stay
				if (!within.contains(edge) && !handMade) {
					appendRouteReset(compound, edge);
				}
			}
			for (Identified edge : within) {
				EdgeFigure route = routeOf(edge, compound);
				if (route != null) {
					for (BendPoint point : route.getBendPoints()) {
						compound.append(SetCommand.create(domain, point, N.getBendPoint_X(), point.getX() + ix));
						compound.append(SetCommand.create(domain, point, N.getBendPoint_Y(), point.getY() + iy));
					}
				}
			}
		}
		if (reparent) {
			for (EObject element : elements) {
				if (element instanceof Device device && device.getZone() != newZone) {
					compound.append(SetCommand.create(domain, device, F.getDevice_Zone(), newZone));
				} else if (element instanceof ExternalConnection connection && connection.getZone() != newZone) {
					compound.append(SetCommand.create(domain, connection, F.getExternalConnection_Zone(), newZone));
				}
			}
		}
		return compound.isEmpty() ? null : compound;
	}

	/** The links and gateway lines with at least one end in {@code nodes}. */
	private List<Identified> edgesTouching(Set<EObject> nodes) {
		List<Identified> result = new ArrayList<>();
		for (Link link : workbook.getLinks()) {
			if (nodes.contains(link.getSource()) || nodes.contains(link.getTargetDevice()) || nodes.contains(link.getTargetZone())) {
				result.add(link);
			}
		}
		for (ExternalConnection connection : workbook.getExternalConnections()) {
			if (nodes.contains(connection) || nodes.contains(connection.getGateway())) {
				result.add(connection);
			}
		}
		return result;
	}

	/** The links and gateway lines whose both ends are in {@code nodes}. */
	private List<Identified> edgesWithin(Set<EObject> nodes) {
		List<Identified> result = new ArrayList<>();
		for (Link link : workbook.getLinks()) {
			if (nodes.contains(link.getSource()) && (nodes.contains(link.getTargetDevice()) || nodes.contains(link.getTargetZone()))) {
				result.add(link);
			}
		}
		for (ExternalConnection connection : workbook.getExternalConnections()) {
			if (nodes.contains(connection) && nodes.contains(connection.getGateway())) {
				result.add(connection);
			}
		}
		return result;
	}

	/** The id of the link or external connection a line figure stands for. */
	static String edgeId(Object lineElement) {
		if (lineElement instanceof MapScene.GatewayLine line) {
			return line.connection().getId();
		}
		return lineElement instanceof Identified identified ? identified.getId() : null;
	}

	/**
	 * Gives a line exactly these bend points and marks them as the user's (the automatic layout keeps them): one
	 * command, labelled {@code label}. A line without a stored route gets one.
	 */
	public Command setBendPoints(Object lineElement, List<double[]> bends, String label) {
		String id = edgeId(lineElement);
		if (id == null) {
			return null;
		}
		CompoundCommand compound = new CompoundCommand(label);
		List<BendPoint> points = new ArrayList<>();
		for (double[] p : bends) {
			BendPoint point = NotationFactory.eINSTANCE.createBendPoint();
			point.setX((int) Math.round(p[0]));
			point.setY((int) Math.round(p[1]));
			points.add(point);
		}
		Diagram diagram = target(compound);
		EdgeFigure route = null;
		for (EdgeFigure edge : diagram.getEdges()) {
			if (id.equals(edge.getElementId())) {
				route = edge;
				break;
			}
		}
		if (route == null) {
			EdgeFigure created = NotationFactory.eINSTANCE.createEdgeFigure();
			created.setElementId(id);
			created.setPinned(true);
			created.getBendPoints().addAll(points);
			compound.append(AddCommand.create(domain, diagram, N.getDiagram_Edges(), created));
			return compound;
		}
		if (!route.getBendPoints().isEmpty()) {
			compound.append(RemoveCommand.create(domain, route, N.getEdgeFigure_BendPoints(), new ArrayList<>(route.getBendPoints())));
		}
		if (!points.isEmpty()) {
			compound.append(AddCommand.create(domain, route, N.getEdgeFigure_BendPoints(), points));
		}
		if (!route.isPinned()) {
			compound.append(SetCommand.create(domain, route, N.getEdgeFigure_Pinned(), Boolean.TRUE));
		}
		return compound;
	}

	/** Closes ({@code collapsed}) or opens zones on the map: one command; a zone not stored yet is stored. */
	public Command setCollapsed(List<Zone> zones, boolean collapsed) {
		CompoundCommand compound = new CompoundCommand(collapsed ? Messages.Command_collapse : Messages.Command_expand);
		for (Zone zone : zones) {
			NodeFigure node = positionOf(zone);
			if (node != null) {
				if (node.isCollapsed() != collapsed) {
					compound.append(SetCommand.create(domain, node, N.getNodeFigure_Collapsed(), collapsed));
				}
			} else {
				Rect drawn = placed.apply(zone.getId());
				if (drawn != null) {
					addFigure(compound, zone, drawn).setCollapsed(collapsed);
				}
			}
		}
		return compound.isEmpty() ? null : compound;
	}

	/** Moves and resizes figures to new bounds (resize handles, align). */
	public Command setBounds(Map<EObject, Rect> bounds, String label) {
		CompoundCommand compound = new CompoundCommand(label);
		bounds.forEach((element, r) -> {
			NodeFigure node = positionOf(element);
			if (node != null) {
				appendBounds(compound, node, r, true);
			} else if (element instanceof Identified identified && placed.apply(identified.getId()) != null) {
				addFigure(compound, identified, r);
			}
		});
		return compound.isEmpty() ? null : compound;
	}

	private void appendBounds(CompoundCommand compound, NodeFigure node, Rect r, boolean pin) {
		int x = (int) Math.round(r.x()), y = (int) Math.round(r.y());
		int w = (int) Math.round(r.width()), h = (int) Math.round(r.height());
		if (node.getX() != x) {
			compound.append(SetCommand.create(domain, node, N.getNodeFigure_X(), x));
		}
		if (node.getY() != y) {
			compound.append(SetCommand.create(domain, node, N.getNodeFigure_Y(), y));
		}
		if (node.getWidth() != w) {
			compound.append(SetCommand.create(domain, node, N.getNodeFigure_Width(), w));
		}
		if (node.getHeight() != h) {
			compound.append(SetCommand.create(domain, node, N.getNodeFigure_Height(), h));
		}
		if (pin && !node.isPinned()) {
			compound.append(SetCommand.create(domain, node, N.getNodeFigure_Pinned(), Boolean.TRUE));
		}
	}

	/** What a creation command made, so the page can select it afterwards. */
	public record Created(Command command, EObject element) {
	}

	public Created createDevice(DeviceKind kind, double x, double y, Zone zone) {
		Device device = FacilityFactory.eINSTANCE.createDevice();
		ModelIds.ensureId(device);
		kind.applyTo(device);
		device.setStatus(DeviceStatus.IN_USE);
		device.setName(uniqueName(NLS.bind(Messages.New_device, kind.label()), workbook.getDevices()));
		device.setZone(zone);
		CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.Command_create, kind.label()));
		compound.append(AddCommand.create(domain, workbook, F.getFacilityWorkbook_Devices(), device));
		addFigure(compound, device, new Rect(x - AutoPlacement.DEVICE_WIDTH / 2.0, y - AutoPlacement.DEVICE_HEIGHT / 2.0,
				AutoPlacement.DEVICE_WIDTH, AutoPlacement.DEVICE_HEIGHT));
		return new Created(compound, device);
	}

	/** A device of a catalog product: manufacturer, model, category and network type from the catalog. */
	public Created createDevice(io.sekisho.catalog.CatalogEntry entry, double x, double y, Zone zone) {
		Device device = FacilityFactory.eINSTANCE.createDevice();
		ModelIds.ensureId(device);
		device.setCategory(entry.category());
		device.setNetworkType(entry.networkType());
		device.setManufacturer(entry.vendor());
		device.setModel(entry.model());
		device.setEndOfSupport(entry.endOfSupport().orElse(null));
		device.setStatus(DeviceStatus.IN_USE);
		device.setName(uniqueName(entry.model(), workbook.getDevices()));
		device.setZone(zone);
		CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.Command_create, entry.label(java.util.Locale.getDefault())));
		compound.append(AddCommand.create(domain, workbook, F.getFacilityWorkbook_Devices(), device));
		addFigure(compound, device, new Rect(x - AutoPlacement.DEVICE_WIDTH / 2.0, y - AutoPlacement.DEVICE_HEIGHT / 2.0,
				AutoPlacement.DEVICE_WIDTH, AutoPlacement.DEVICE_HEIGHT));
		return new Created(compound, device);
	}

	public Created createZone(double x, double y) {
		Zone zone = FacilityFactory.eINSTANCE.createZone();
		ModelIds.ensureId(zone);
		zone.setName(uniqueName(Messages.New_zone, workbook.getZones()));
		zone.setKind(ZoneKind.ADMINISTRATIVE_LAN);
		zone.setTrustLevel(TrustLevel.MEDIUM);
		CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.Command_create, Messages.Palette_zone));
		compound.append(AddCommand.create(domain, workbook, F.getFacilityWorkbook_Zones(), zone));
		addFigure(compound, zone, new Rect(x, y, 460, 240));
		return new Created(compound, zone);
	}

	public Created createExternal(ExternalKind kind, double x, double y, Zone zone) {
		ExternalConnection connection = FacilityFactory.eINSTANCE.createExternalConnection();
		ModelIds.ensureId(connection);
		kind.applyTo(connection);
		connection.setName(uniqueName(kind.label(), workbook.getExternalConnections()));
		connection.setZone(zone);
		CompoundCommand compound = new CompoundCommand(NLS.bind(Messages.Command_create, kind.label()));
		compound.append(AddCommand.create(domain, workbook, F.getFacilityWorkbook_ExternalConnections(), connection));
		addFigure(compound, connection, new Rect(x - AutoPlacement.CLOUD_WIDTH / 2.0, y - AutoPlacement.CLOUD_HEIGHT / 2.0,
				AutoPlacement.CLOUD_WIDTH, AutoPlacement.CLOUD_HEIGHT));
		return new Created(compound, connection);
	}

	private NodeFigure addFigure(CompoundCommand compound, Identified element, Rect r) {
		Diagram diagram = target(compound);
		if (diagram == pendingDiagram) {
			// the new diagram holds the shown position already: this command places it (the diagram is not in the
			// resource yet, so it is changed directly; undo removes the whole diagram)
			for (NodeFigure shown : diagram.getNodes()) {
				if (shown.getElementId().equals(element.getId())) {
					shown.setX((int) Math.round(r.x()));
					shown.setY((int) Math.round(r.y()));
					shown.setWidth((int) Math.round(r.width()));
					shown.setHeight((int) Math.round(r.height()));
					shown.setPinned(true);
					return shown;
				}
			}
		}
		NodeFigure node = NotationFactory.eINSTANCE.createNodeFigure();
		node.setElementId(element.getId());
		node.setX((int) Math.round(r.x()));
		node.setY((int) Math.round(r.y()));
		node.setWidth((int) Math.round(r.width()));
		node.setHeight((int) Math.round(r.height()));
		node.setPinned(true);
		compound.append(AddCommand.create(domain, diagram, N.getDiagram_Nodes(), node));
		return node;
	}

	static String uniqueName(String base, Collection<? extends Named> existing) {
		Set<String> names = new java.util.HashSet<>();
		existing.forEach(e -> names.add(e.getName()));
		for (int i = 1;; i++) {
			String candidate = base + ' ' + i;
			if (!names.contains(candidate)) {
				return candidate;
			}
		}
	}

	/**
	 * Connects two nodes: two devices get a wired link; an external point and a device make the device the
	 * point's gateway. Anything else cannot be connected ({@code null}).
	 */
	public Created connect(EObject a, EObject b) {
		if (a instanceof Device source && b instanceof Device target) {
			Link link = FacilityFactory.eINSTANCE.createLink();
			ModelIds.ensureId(link);
			link.setSource(source);
			link.setTargetDevice(target);
			boolean wireless = DeviceKind.of(source) == DeviceKind.WIRELESS_AP || DeviceKind.of(target) == DeviceKind.WIRELESS_AP;
			link.setMedium(wireless ? LinkMedium.WIRELESS : LinkMedium.WIRED);
			return new Created(AddCommand.create(domain, workbook, F.getFacilityWorkbook_Links(), link), link);
		}
		ExternalConnection connection = a instanceof ExternalConnection c ? c : b instanceof ExternalConnection c ? c : null;
		Device device = a instanceof Device d ? d : b instanceof Device d ? d : null;
		if (connection != null && device != null) {
			Command set = SetCommand.create(domain, connection, F.getExternalConnection_Gateway(), device);
			CompoundCommand compound = new CompoundCommand(Messages.Command_connect);
			compound.append(set);
			return new Created(compound, connection);
		}
		return null;
	}

	/** Gives a link (or a gateway line) a new end; {@code null} when that end cannot go there. */
	public Command reconnect(Object connectionElement, boolean sourceEnd, EObject newEnd) {
		if (connectionElement instanceof Link link && newEnd instanceof Device device) {
			CompoundCommand compound = new CompoundCommand(Messages.Command_reconnect);
			if (sourceEnd) {
				compound.append(SetCommand.create(domain, link, F.getLink_Source(), device));
			} else {
				compound.append(SetCommand.create(domain, link, F.getLink_TargetDevice(), device));
				if (link.getTargetZone() != null) {
					compound.append(SetCommand.create(domain, link, F.getLink_TargetZone(), null));
				}
			}
			appendRouteReset(compound, link);
			return compound;
		}
		if (connectionElement instanceof MapScene.GatewayLine line && newEnd instanceof Device device && !sourceEnd) {
			CompoundCommand compound = new CompoundCommand(Messages.Command_reconnect);
			compound.append(SetCommand.create(domain, line.connection(), F.getExternalConnection_Gateway(), device));
			appendRouteReset(compound, line.connection());
			return compound;
		}
		return null;
	}

	private void appendRouteReset(CompoundCommand compound, Identified edge) {
		EdgeFigure route = routeOf(edge, compound);
		if (route != null && !route.getBendPoints().isEmpty()) {
			compound.append(RemoveCommand.create(domain, route, N.getEdgeFigure_BendPoints(), new ArrayList<>(route.getBendPoints())));
		}
		if (route != null && route.isPinned()) {
			compound.append(SetCommand.create(domain, route, N.getEdgeFigure_Pinned(), Boolean.FALSE)); // the layout routes it again
		}
	}

	/**
	 * Deletes what the user selected on the map: devices with their links, external points, links; a gateway
	 * line only unsets the gateway; a zone is deleted, its devices stay (now in no zone). Their figures go too.
	 */
	public Command delete(Collection<Object> selected) {
		CompoundCommand compound = new CompoundCommand(Messages.Command_delete);
		Set<EObject> doomed = new LinkedHashSet<>();
		for (Object element : selected) {
			if (element instanceof MapScene.GatewayLine line) {
				if (!selected.contains(line.connection())) {
					compound.append(SetCommand.create(domain, line.connection(), F.getExternalConnection_Gateway(), null));
				}
			} else if (element instanceof EObject e) {
				doomed.add(e);
			}
		}
		for (Link link : workbook.getLinks()) {
			if (doomed.contains(link.getSource()) || doomed.contains(link.getTargetDevice()) || doomed.contains(link.getTargetZone())) {
				doomed.add(link);
			}
		}
		Diagram diagram = diagram();
		if (diagram != null) {
			List<Object> nodes = new ArrayList<>();
			List<Object> edges = new ArrayList<>();
			Set<String> ids = new java.util.HashSet<>();
			doomed.forEach(e -> ids.add(((Identified) e).getId()));
			diagram.getNodes().forEach(n -> {
				if (ids.contains(n.getElementId())) {
					nodes.add(n);
				}
			});
			diagram.getEdges().forEach(e -> {
				if (ids.contains(e.getElementId())) {
					edges.add(e);
				}
			});
			if (!nodes.isEmpty()) {
				compound.append(RemoveCommand.create(domain, diagram, N.getDiagram_Nodes(), nodes));
			}
			if (!edges.isEmpty()) {
				compound.append(RemoveCommand.create(domain, diagram, N.getDiagram_Edges(), edges));
			}
		}
		if (!doomed.isEmpty()) {
			compound.append(DeleteCommand.create(domain, doomed));
		}
		return compound.isEmpty() ? null : compound;
	}

	/**
	 * Copies of devices and external points (new ids, names marked as copies, no addresses or serial numbers that
	 * would clash) with the links between them, placed {@code offset} further right and down.
	 */
	public Created paste(List<EObject> originals, double offset) {
		CompoundCommand compound = new CompoundCommand(Messages.Command_paste);
		Map<EObject, EObject> copies = new LinkedHashMap<>();
		List<Device> newDevices = new ArrayList<>();
		List<ExternalConnection> newConnections = new ArrayList<>();
		for (EObject original : originals) {
			if (original instanceof Device device && device.eContainer() != null) {
				Device copy = EcoreUtil.copy(device);
				copy.setId(ModelIds.newId());
				copy.setName(uniqueName(NLS.bind(Messages.Paste_copyOf, device.getName()), workbook.getDevices()));
				copy.getIpAddresses().clear();
				copy.getMacAddresses().clear();
				copy.setSerialNumber(null);
				copy.setZone(device.getZone());
				copy.setManagedBy(device.getManagedBy());
				ensureNestedIds(copy);
				copies.put(device, copy);
				newDevices.add(copy);
			} else if (original instanceof ExternalConnection connection && connection.eContainer() != null) {
				ExternalConnection copy = EcoreUtil.copy(connection);
				copy.setId(ModelIds.newId());
				copy.setName(uniqueName(NLS.bind(Messages.Paste_copyOf, connection.getName()), workbook.getExternalConnections()));
				copy.setZone(connection.getZone());
				copy.setCounterpart(connection.getCounterpart());
				copy.setGateway(connection.getGateway());
				copies.put(connection, copy);
				newConnections.add(copy);
			}
		}
		if (copies.isEmpty()) {
			return null;
		}
		List<Link> newLinks = new ArrayList<>();
		for (Link link : workbook.getLinks()) {
			if (copies.containsKey(link.getSource()) && copies.containsKey(link.getTargetDevice())) {
				Link copy = FacilityFactory.eINSTANCE.createLink();
				copy.setId(ModelIds.newId());
				copy.setSource((Device) copies.get(link.getSource()));
				copy.setTargetDevice((Device) copies.get(link.getTargetDevice()));
				copy.setMedium(link.getMedium());
				copy.setDescription(link.getDescription());
				newLinks.add(copy);
			}
		}
		for (ExternalConnection copy : newConnections) {
			if (copies.containsKey(copy.getGateway())) {
				copy.setGateway((Device) copies.get(copy.getGateway()));
			}
		}
		if (!newDevices.isEmpty()) {
			compound.append(AddCommand.create(domain, workbook, F.getFacilityWorkbook_Devices(), newDevices));
		}
		if (!newConnections.isEmpty()) {
			compound.append(AddCommand.create(domain, workbook, F.getFacilityWorkbook_ExternalConnections(), newConnections));
		}
		if (!newLinks.isEmpty()) {
			compound.append(AddCommand.create(domain, workbook, F.getFacilityWorkbook_Links(), newLinks));
		}
		Map<EObject, Rect> originalBounds = new HashMap<>();
		copies.keySet().forEach(o -> {
			NodeFigure position = positionOf(o);
			originalBounds.put(o, position != null ? MapScene.bounds(position) : placed.apply(((Identified) o).getId()));
		});
		copies.forEach((original, copy) -> {
			Rect position = originalBounds.get(original);
			Rect r = position == null ? new Rect(offset, offset, AutoPlacement.DEVICE_WIDTH, AutoPlacement.DEVICE_HEIGHT)
					: position.translate(offset, offset);
			addFigure(compound, (Identified) copy, r);
		});
		return new Created(compound, copies.values().iterator().next());
	}

	private static void ensureNestedIds(EObject copy) {
		for (var it = copy.eAllContents(); it.hasNext();) {
			EObject child = it.next();
			if (child instanceof Identified identified) {
				identified.setId(ModelIds.newId());
			}
		}
	}
}
