package io.sekisho.netmap.drawio;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.osgi.util.NLS;

import io.sekisho.model.ModelIds;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.LinkMedium;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;
import io.sekisho.netmap.Diagrams;
import io.sekisho.netmap.analysis.Names;
import io.sekisho.netmap.internal.Messages;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.NodeFigure;
import io.sekisho.netmap.notation.NotationFactory;
import io.sekisho.netmap.notation.NotationPackage;

/**
 * What importing a draw.io diagram adds to a facility: zones (matched by name), devices (matched to existing ones by
 * name, host name or IP address, else new), links (not twice), and where the diagram drew them. Computed without
 * touching the facility; {@link #command} applies it as one command (undo removes all of it), so an import never
 * changes what it did not mean to.
 */
public final class DrawioImport {

	private static final FacilityFactory F = FacilityFactory.eINSTANCE;

	private final FacilityWorkbook workbook;
	private final List<Zone> newZones = new ArrayList<>();
	private final List<Device> newDevices = new ArrayList<>();
	private final List<Link> newLinks = new ArrayList<>();
	private final Map<Device, Cell> matched = new LinkedHashMap<>();
	private final List<NodeFigure> figures = new ArrayList<>();
	private final List<String> warnings = new ArrayList<>();
	private final Map<String, Identified> byCell = new HashMap<>();
	/** CSET connector symbols of the drawing (cell id to cell): not devices, the lines through them join their ends. */
	private final Map<String, Cell> connectors = new LinkedHashMap<>();
	/** What became of each group of connectors, for {@link #describe()}. */
	private final List<String> connectorLines = new ArrayList<>();

	private DrawioImport(FacilityWorkbook workbook) {
		this.workbook = workbook;
	}

	/** Plans the import of {@code diagram} into {@code workbook} (which it does not change). */
	public static DrawioImport plan(FacilityWorkbook workbook, DrawioReader.Diagram diagram) {
		DrawioImport result = new DrawioImport(workbook);
		result.warnings.addAll(diagram.warnings());
		result.build(diagram.cells());
		return result;
	}

	private void build(List<Cell> cells) {
		Map<String, Cell> byId = new HashMap<>();
		Map<String, Cell> edgeIds = new HashMap<>();
		for (Cell c : cells) {
			if (c.id != null) {
				byId.put(c.id, c);
				if (c.edge) {
					edgeIds.put(c.id, c);
				}
			}
		}
		Map<String, Zone> zonesByName = new HashMap<>();
		workbook.getZones().forEach(z -> zonesByName.put(key(z.getName()), z));
		Map<String, Identified> byGuid = new HashMap<>();
		workbook.getZones().forEach(z -> byGuid.put(z.getId(), z));
		workbook.getDevices().forEach(d -> byGuid.put(d.getId(), d));
		Map<String, Device> devicesByKey = new HashMap<>();
		for (Device d : workbook.getDevices()) {
			if (d.getStatus() != DeviceStatus.DECOMMISSIONED) {
				devicesByKey.putIfAbsent(key(d.getName()), d);
				d.getIpAddresses().forEach(ip -> devicesByKey.putIfAbsent(key(ip), d));
			}
		}
		// zones first: devices refer to their container
		for (Cell c : cells) {
			if (c.vertex && c.isZone()) {
				String name = c.label().isEmpty() ? NLS.bind(Messages.Import_unnamedZone, c.id) : c.label();
				Zone zone = byGuid.get(c.id) instanceof Zone z ? z : zonesByName.get(key(name));
				if (zone != null && newZones.contains(zone)) {
					// a second zone of the same name in this drawing (CSET allows it): its own zone
					int n = 2;
					while (zonesByName.containsKey(key(name + " (" + n + ")"))) { //$NON-NLS-1$ //$NON-NLS-2$
						n++;
					}
					name = name + " (" + n + ")"; //$NON-NLS-1$ //$NON-NLS-2$
					zone = null;
				}
				if (zone == null) {
					zone = F.createZone();
					zone.setId(ModelIds.newId());
					zone.setName(name);
					zone.setKind(zoneKind(c, name));
					zone.setTrustLevel(trust(c));
					newZones.add(zone);
					zonesByName.put(key(name), zone);
				}
				byCell.put(c.id, zone);
				figure(zone, c, byId);
			}
		}
		int unnamed = 0;
		for (Cell c : cells) {
			if (!c.vertex || c.isZone() || c.id == null || "0".equals(c.id) || "1".equals(c.id) && c.parent == null //$NON-NLS-1$ //$NON-NLS-2$
					|| edgeIds.containsKey(c.parent) || isDecoration(c)) {
				continue;
			}
			if (isConnector(c)) {
				// CSET's link connector: a drawing aid, no device (CSET's PostProcessConnectors removes it the same way)
				connectors.put(c.id, c);
				continue;
			}
			Shapes.Kind kind = sekishoKind(c);
			if (kind.isExternal()) {
				String name = c.label().isEmpty() ? Messages.Import_internet : c.label();
				String guid = c.attribute("ComponentGuid"); //$NON-NLS-1$
				Zone zone = guid != null && byGuid.get(guid) instanceof Zone z ? z : zonesByName.get(key(name));
				if (zone == null) {
					zone = F.createZone();
					zone.setId(ModelIds.newId());
					zone.setName(name);
					zone.setKind(kind.external());
					zone.setTrustLevel(kind.external() == ZoneKind.INTERNET ? TrustLevel.UNTRUSTED : TrustLevel.LOW);
					newZones.add(zone);
					zonesByName.put(key(name), zone);
				}
				byCell.put(c.id, zone);
				figure(zone, c, byId);
				continue;
			}
			String ip = blankToNull(c.attribute("IPAddress", "ipAddress")); //$NON-NLS-1$ //$NON-NLS-2$
			String host = blankToNull(c.attribute("HostName", "hostName")); //$NON-NLS-1$ //$NON-NLS-2$
			String name = !c.label().isEmpty() ? c.label() : host;
			String guid = c.attribute("ComponentGuid"); //$NON-NLS-1$
			Device device = guid != null && byGuid.get(guid) instanceof Device d && d.getStatus() != DeviceStatus.DECOMMISSIONED ? d : null;
			if (device == null && name != null) {
				device = devicesByKey.get(key(name));
			}
			if (device == null && host != null) {
				device = devicesByKey.get(key(host));
			}
			if (device == null && ip != null) {
				device = devicesByKey.get(key(ip));
			}
			if (device != null && newDevices.contains(device)) {
				// a second device of the same name in this drawing (CSET's default labels repeat): its own device
				int n = 2;
				while (devicesByKey.containsKey(key(name + " (" + n + ")"))) { //$NON-NLS-1$ //$NON-NLS-2$
					n++;
				}
				name = name + " (" + n + ")"; //$NON-NLS-1$ //$NON-NLS-2$
				device = null;
			}
			if (device != null) {
				matched.putIfAbsent(device, c);
			} else {
				if (!kind.known()) {
					warnings.add(NLS.bind(Messages.Import_unknownShape, new Object[] { c.line, name == null ? c.id : name,
							kind.symbol() == null ? Messages.Import_noShape : kind.symbol() }));
				}
				device = F.createDevice();
				device.setId(ModelIds.newId());
				device.setName(name != null ? name : NLS.bind(Messages.Import_unnamedDevice, Labels.category(kind.category()), ++unnamed));
				device.setCategory(kind.category());
				device.setNetworkType(kind.type());
				device.setStatus(DeviceStatus.IN_USE);
				if (ip != null) {
					device.getIpAddresses().add(ip);
				}
				device.setZone(zoneOf(c, byId));
				newDevices.add(device);
				devicesByKey.put(key(device.getName()), device);
				if (ip != null) {
					devicesByKey.putIfAbsent(key(ip), device);
				}
			}
			byCell.put(c.id, device);
			figure(device, c, byId);
		}
		java.util.Set<String> existingPairs = new java.util.HashSet<>();
		for (Link l : workbook.getLinks()) {
			existingPairs.add(pair(l.getSource(), l.getTargetDevice() != null ? l.getTargetDevice() : l.getTargetZone()));
		}
		// an external connection on record is the line from its gateway to its network already
		workbook.getExternalConnections().forEach(c -> existingPairs.add(pair(c.getGateway(), c.getZone())));
		// lines at a connector: per connector, the cells at the other end with the line to them, in document order
		Map<String, List<Cell[]>> atConnector = new LinkedHashMap<>();
		for (Cell c : cells) {
			if (!c.edge) {
				continue;
			}
			boolean s = c.source != null && connectors.containsKey(c.source);
			boolean t = c.target != null && connectors.containsKey(c.target);
			if (s || t) {
				if (c.source == null || c.target == null || !s && !byCell.containsKey(c.source) || !t && !byCell.containsKey(c.target)) {
					warnings.add(NLS.bind(Messages.Import_danglingEdge, c.line, c.id));
					continue;
				}
				if (s) {
					atConnector.computeIfAbsent(c.source, k -> new ArrayList<>()).add(new Cell[] { byId.get(c.target), c });
				}
				if (t) {
					atConnector.computeIfAbsent(c.target, k -> new ArrayList<>()).add(new Cell[] { byId.get(c.source), c });
				}
				continue;
			}
			Identified a = c.source == null ? null : byCell.get(c.source);
			Identified b = c.target == null ? null : byCell.get(c.target);
			if (a == null || b == null) {
				warnings.add(NLS.bind(Messages.Import_danglingEdge, c.line, c.id));
				continue;
			}
			if (a instanceof Zone && b instanceof Zone) {
				warnings.add(NLS.bind(Messages.Import_zoneToZone, new Object[] { c.line, Names.of(a), Names.of(b) }));
				continue;
			}
			addLink(a, b, medium(c), untrusted(c), c.label(), existingPairs);
		}
		joinThroughConnectors(atConnector, existingPairs);
	}

	/**
	 * CSET's rule classes see no connector: {@code PostProcessConnectors} takes every group of connectors joined to
	 * each other, collects the components at its edge ({@code ExtractLeafSpanningTree}) and joins every two of them
	 * directly, as on a bus; then it removes the connectors. The same here: each pair of ends of a group becomes one
	 * link (a VPN when one of the two lines is dashed, untrusted when one of them is), not twice, not to itself.
	 */
	private void joinThroughConnectors(Map<String, List<Cell[]>> atConnector, java.util.Set<String> existingPairs) {
		java.util.Set<String> done = new java.util.HashSet<>();
		for (String start : connectors.keySet()) {
			if (!done.add(start)) {
				continue;
			}
			List<String> group = new ArrayList<>();
			Map<Identified, Cell> ends = new LinkedHashMap<>();
			java.util.ArrayDeque<String> todo = new java.util.ArrayDeque<>();
			todo.add(start);
			int lines = 0;
			while (!todo.isEmpty()) {
				String id = todo.poll();
				group.add(id);
				for (Cell[] end : atConnector.getOrDefault(id, List.of())) {
					if (connectors.containsKey(end[0].id)) {
						if (done.add(end[0].id)) {
							todo.add(end[0].id);
						}
					} else {
						lines++;
						ends.putIfAbsent(byCell.get(end[0].id), end[1]);
					}
				}
			}
			List<Identified> list = new ArrayList<>(ends.keySet());
			int before = newLinks.size();
			for (int i = 0; i < list.size(); i++) {
				for (int j = i + 1; j < list.size(); j++) {
					Cell li = ends.get(list.get(i));
					Cell lj = ends.get(list.get(j));
					if (list.get(i) instanceof Zone && list.get(j) instanceof Zone) {
						warnings.add(NLS.bind(Messages.Import_zoneToZone, new Object[] { li.line, Names.of(list.get(i)), Names.of(list.get(j)) }));
						continue;
					}
					LinkMedium medium = medium(li) == LinkMedium.VPN || medium(lj) == LinkMedium.VPN ? LinkMedium.VPN : medium(li);
					String label = String.join(" / ", java.util.stream.Stream.of(li.label(), lj.label()).filter(l -> !l.isEmpty()).distinct().toList()); //$NON-NLS-1$
					addLink(list.get(i), list.get(j), medium, untrusted(li) || untrusted(lj), label, existingPairs);
				}
			}
			List<String> names = group.stream().map(id -> connectors.get(id).label().isEmpty() ? Messages.Import_unnamedConnector : connectors.get(id).label()).toList();
			connectorLines.add(NLS.bind(Messages.Import_connector, new Object[] { String.join(", ", names), lines, list.size(), newLinks.size() - before })); //$NON-NLS-1$
		}
	}

	private void addLink(Identified a, Identified b, LinkMedium medium, boolean untrusted, String label, java.util.Set<String> existingPairs) {
		Device source = (Device) (a instanceof Device ? a : b);
		Identified target = a instanceof Device ? b : a;
		if (source == target || !existingPairs.add(pair(source, target)) || !existingPairs.add(pair(target, source))) {
			return;
		}
		Link link = F.createLink();
		link.setId(ModelIds.newId());
		link.setSource(source);
		if (target instanceof Device d) {
			link.setTargetDevice(d);
		} else {
			link.setTargetZone((Zone) target);
		}
		link.setMedium(medium);
		link.setUntrusted(untrusted);
		if (!label.isEmpty()) {
			link.setDescription(label);
		}
		newLinks.add(link);
	}

	private static boolean untrusted(Cell c) {
		return "untrusted".equalsIgnoreCase(String.valueOf(c.attribute("Security", "security"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/** CSET's link connector ({@code img/cset/connector.svg}); Sekisho's own export never writes one. */
	private static boolean isConnector(Cell c) {
		return "connector".equals(Shapes.symbol(c)) && c.attribute("SekishoCategory") == null && c.attribute("SekishoZoneKind") == null; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String pair(Identified a, Identified b) {
		return System.identityHashCode(a) + "/" + System.identityHashCode(b); //$NON-NLS-1$
	}

	/** Text boxes, edge labels and group frames without a shape are not devices. */
	private static boolean isDecoration(Cell c) {
		return c.styleHas("text") || c.style.startsWith("text;") || c.styleHas("group") || "1".equals(c.styleValue("container")) && Shapes.symbol(c) == null //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				|| c.styleValue("shape") == null && c.styleValue("image") == null && c.label().isEmpty(); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** Sekisho's own export names the exact category and type; others go by the shape. */
	private static Shapes.Kind sekishoKind(Cell c) {
		String category = c.attribute("SekishoCategory"); //$NON-NLS-1$
		String type = c.attribute("SekishoType"); //$NON-NLS-1$
		String zoneKind = c.attribute("SekishoZoneKind"); //$NON-NLS-1$
		if (zoneKind != null && ZoneKind.get(zoneKind) != null) {
			return new Shapes.Kind(true, null, null, ZoneKind.get(zoneKind), zoneKind);
		}
		if (category != null && DeviceCategory.get(category) != null) {
			NetworkDeviceType t = type == null ? null : NetworkDeviceType.get(type);
			return new Shapes.Kind(true, DeviceCategory.get(category), t == null ? NetworkDeviceType.NONE : t, null, category);
		}
		return Shapes.of(c);
	}

	private static LinkMedium medium(Cell c) {
		String m = c.attribute("SekishoMedium"); //$NON-NLS-1$
		if (m != null && LinkMedium.get(m) != null) {
			return LinkMedium.get(m);
		}
		if (c.styleHas("dashed=1") || "1".equals(c.styleValue("dashed"))) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return LinkMedium.VPN;
		}
		return LinkMedium.WIRED;
	}

	private Zone zoneOf(Cell c, Map<String, Cell> byId) {
		// bounded like figure(): a parent chain with a cycle looped for ever (found by fuzzing)
		int guard = 0;
		for (String p = c.parent; p != null && guard++ < 64; p = byId.containsKey(p) ? byId.get(p).parent : null) {
			if (byCell.get(p) instanceof Zone z) {
				return z;
			}
			if (p.equals(byId.containsKey(p) ? byId.get(p).parent : null)) {
				break;
			}
		}
		return null;
	}

	/** The figure at the absolute position the diagram drew the cell (draw.io geometry is relative to the parent). */
	private void figure(Identified element, Cell c, Map<String, Cell> byId) {
		double x = c.x;
		double y = c.y;
		int guard = 0;
		for (Cell p = byId.get(c.parent); p != null && p.vertex && guard++ < 64; p = byId.get(p.parent)) {
			x += p.x;
			y += p.y;
		}
		NodeFigure f = NotationFactory.eINSTANCE.createNodeFigure();
		f.setElementId(element.getId());
		f.setX((int) Math.round(x));
		f.setY((int) Math.round(y));
		f.setWidth((int) Math.max(20, Math.round(c.width)));
		f.setHeight((int) Math.max(20, Math.round(c.height)));
		figures.add(f);
	}

	private static ZoneKind zoneKind(Cell c, String name) {
		String kind = c.attribute("SekishoZoneKind"); //$NON-NLS-1$
		if (kind != null && ZoneKind.get(kind) != null) {
			return ZoneKind.get(kind);
		}
		String n = name.toLowerCase(Locale.ROOT);
		if (n.contains("電子カルテ") || n.contains("ehr") || n.contains("clinical") || n.contains("診療")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return ZoneKind.CLINICAL_LAN;
		}
		if (n.contains("医療機器") || n.contains("medical")) { //$NON-NLS-1$ //$NON-NLS-2$
			return ZoneKind.MEDICAL_DEVICE_LAN;
		}
		if (n.contains("ゲスト") || n.contains("患者") || n.contains("guest")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return ZoneKind.GUEST;
		}
		if (n.contains("無線") || n.contains("wireless") || n.contains("wi-fi")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return ZoneKind.WIRELESS;
		}
		String type = String.valueOf(c.attribute("ZoneType", "zoneType")).toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		if (type.contains("dmz") || n.contains("dmz")) { //$NON-NLS-1$ //$NON-NLS-2$
			return ZoneKind.DMZ;
		}
		if (type.contains("external")) { //$NON-NLS-1$
			return ZoneKind.VENDOR_NETWORK;
		}
		return ZoneKind.ADMINISTRATIVE_LAN;
	}

	/** CSET's SAL (Low, Moderate, High, Very High) as trust; Sekisho's export also writes the exact level. */
	private static TrustLevel trust(Cell c) {
		String exact = c.attribute("SekishoTrust"); //$NON-NLS-1$
		if (exact != null && TrustLevel.get(exact) != null) {
			return TrustLevel.get(exact);
		}
		String sal = String.valueOf(c.attribute("SAL", "sal")).toLowerCase(Locale.ROOT); //$NON-NLS-1$ //$NON-NLS-2$
		if (sal.contains("high")) { //$NON-NLS-1$
			return TrustLevel.HIGH;
		}
		if (sal.contains("moderate") || sal.contains("medium")) { //$NON-NLS-1$ //$NON-NLS-2$
			return TrustLevel.MEDIUM;
		}
		if (sal.contains("low")) { //$NON-NLS-1$
			return TrustLevel.LOW;
		}
		return TrustLevel.MEDIUM;
	}

	private static String key(String s) {
		return s == null ? "\u0000" : s.strip().toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public List<Zone> newZones() {
		return newZones;
	}

	public List<Device> newDevices() {
		return newDevices;
	}

	public List<Link> newLinks() {
		return newLinks;
	}

	public Map<Device, Cell> matchedDevices() {
		return matched;
	}

	/** @return where the drawing had the zones, devices and points it adds (never a connector: it has no element) */
	public List<NodeFigure> figures() {
		return figures;
	}

	/** @return one line per group of CSET connectors: not imported as devices, what their lines became */
	public List<String> connectors() {
		return connectorLines;
	}

	public List<String> warnings() {
		return warnings;
	}

	public boolean isEmpty() {
		return newZones.isEmpty() && newDevices.isEmpty() && newLinks.isEmpty();
	}

	/** @return what the import changes, one line each, in the user's language */
	public List<String> describe() {
		List<String> lines = new ArrayList<>();
		newZones.forEach(z -> lines.add(NLS.bind(Messages.Import_addZone, z.getName())));
		newDevices.forEach(d -> lines.add(NLS.bind(Messages.Import_addDevice, d.getName(), d.getZone() == null ? Messages.Rules_noZone : d.getZone().getName())));
		matched.keySet().forEach(d -> lines.add(NLS.bind(Messages.Import_matched, d.getName())));
		lines.addAll(connectorLines);
		newLinks.forEach(l -> lines.add(NLS.bind(Messages.Import_addLink, Names.of(l))));
		return lines;
	}

	/**
	 * @return one command adding the zones, devices and links, and placing the figures of the diagram where the
	 *         drawing had them (new figures only; figures already on the map stay where the user put them)
	 */
	public Command command(EditingDomain domain, Resource resource) {
		CompoundCommand command = new CompoundCommand(Messages.Import_commandLabel);
		if (!newZones.isEmpty()) {
			command.append(AddCommand.create(domain, workbook, FacilityPackage.Literals.FACILITY_WORKBOOK__ZONES, newZones));
		}
		if (!newDevices.isEmpty()) {
			command.append(AddCommand.create(domain, workbook, FacilityPackage.Literals.FACILITY_WORKBOOK__DEVICES, newDevices));
		}
		if (!newLinks.isEmpty()) {
			command.append(AddCommand.create(domain, workbook, FacilityPackage.Literals.FACILITY_WORKBOOK__LINKS, newLinks));
		}
		Diagram diagram = Diagrams.find(resource).orElse(null);
		java.util.Set<String> placed = new java.util.HashSet<>();
		if (diagram != null) {
			diagram.getNodes().forEach(n -> placed.add(n.getElementId()));
		}
		List<NodeFigure> toAdd = new ArrayList<>();
		for (NodeFigure f : figures) {
			if (placed.add(f.getElementId())) {
				toAdd.add(f);
			}
		}
		if (!toAdd.isEmpty()) {
			if (diagram == null) {
				diagram = Diagrams.create(workbook);
				diagram.getNodes().addAll(toAdd);
				command.append(new AddCommand(domain, resource.getContents(), diagram));
			} else {
				command.append(AddCommand.create(domain, diagram, NotationPackage.Literals.DIAGRAM__NODES, toAdd));
			}
		}
		return command.isEmpty() ? org.eclipse.emf.common.command.IdentityCommand.INSTANCE : command.unwrap();
	}
}
