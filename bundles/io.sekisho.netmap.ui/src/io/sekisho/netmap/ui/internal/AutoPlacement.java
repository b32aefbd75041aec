package io.sekisho.netmap.ui.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;
import io.sekisho.netmap.MapElements;
import io.sekisho.netmap.notation.Diagram;
import io.sekisho.netmap.notation.NodeFigure;
import io.sekisho.netmap.notation.NotationFactory;
import io.sekisho.netmap.ui.canvas.ContainerFigure;
import io.sekisho.netmap.ui.canvas.Rect;

/**
 * Places the elements that have no position yet, quickly and predictably: zones outside the facility in a column
 * on the left, the facility's zones in rows to the right (DMZ first, then the clinical and medical zones), each
 * zone's devices in a grid inside it with the network devices first, and what is in no zone below. Elements that
 * already have a position keep it; a zone grows when its new devices do not fit. The ELK layout of
 * io.sekisho.netmap replaces this for a full re-layout.
 */
public final class AutoPlacement {

	public static final int DEVICE_WIDTH = 180;
	public static final int DEVICE_HEIGHT = 52;
	public static final int CLOUD_WIDTH = 170;
	public static final int CLOUD_HEIGHT = 100;
	private static final int GAP_X = 24;
	private static final int GAP_Y = 22;
	private static final int PAD = 20;
	private static final int ZONE_GAP = 70;
	private static final int ROW_WIDTH = 2400;

	/** The new figures and the zones that must grow. */
	public record Result(List<NodeFigure> added, Map<NodeFigure, Rect> grown) {

		public boolean isEmpty() {
			return added.isEmpty() && grown.isEmpty();
		}
	}

	public Result place(FacilityWorkbook workbook, Diagram diagram) {
		MapElements elements = MapElements.of(workbook);
		Map<String, NodeFigure> positions = new HashMap<>();
		diagram.getNodes().forEach(n -> positions.putIfAbsent(n.getElementId(), n));
		Map<Zone, List<Identified>> members = new LinkedHashMap<>();
		List<Identified> homeless = new ArrayList<>();
		for (Identified element : elements.nodes().values()) {
			if (element instanceof Zone zone) {
				members.computeIfAbsent(zone, k -> new ArrayList<>());
				continue;
			}
			Zone zone = element instanceof Device d ? d.getZone() : ((ExternalConnection) element).getZone();
			if (zone != null && elements.node(zone.getId()) != null) {
				members.computeIfAbsent(zone, k -> new ArrayList<>()).add(element);
			} else {
				homeless.add(element);
			}
		}
		members.values().forEach(list -> list.sort(MEMBER_ORDER));

		List<NodeFigure> added = new ArrayList<>();
		Map<NodeFigure, Rect> grown = new LinkedHashMap<>();
		Map<Zone, Rect> zoneBounds = new HashMap<>();
		Rect occupied = null;
		for (NodeFigure existing : diagram.getNodes()) {
			occupied = occupied == null ? MapScene.bounds(existing) : occupied.union(MapScene.bounds(existing));
		}
		// zones: the outside ones in a column on the left, the others in rows
		List<Zone> outside = new ArrayList<>();
		List<Zone> inside = new ArrayList<>();
		for (Zone zone : members.keySet()) {
			NodeFigure position = positions.get(zone.getId());
			if (position != null) {
				zoneBounds.put(zone, MapScene.bounds(position));
			} else if (MapScene.outside(zone)) {
				outside.add(zone);
			} else {
				inside.add(zone);
			}
		}
		inside.sort(Comparator.comparingInt(z -> ZONE_ORDER.indexOf(z.getKind() == null ? ZoneKind.GUEST : z.getKind())));
		double top = occupied == null ? 0 : occupied.bottom() + ZONE_GAP;
		double y = top;
		double outsideWidth = 0;
		for (Zone zone : outside) {
			Rect r = sizeFor(members.get(zone)).translate(0, y);
			zoneBounds.put(zone, r);
			added.add(figure(zone, r));
			y = r.bottom() + ZONE_GAP;
			outsideWidth = Math.max(outsideWidth, r.width());
		}
		double left = outside.isEmpty() ? 0 : outsideWidth + 2 * ZONE_GAP;
		double x = left;
		y = top;
		double rowHeight = 0;
		for (Zone zone : inside) {
			Rect size = sizeFor(members.get(zone));
			if (x > left && x + size.width() > left + ROW_WIDTH) {
				x = left;
				y += rowHeight + ZONE_GAP;
				rowHeight = 0;
			}
			Rect r = size.translate(x, y);
			zoneBounds.put(zone, r);
			added.add(figure(zone, r));
			x = r.right() + ZONE_GAP;
			rowHeight = Math.max(rowHeight, r.height());
		}
		// members into free cells of their zone's grid
		for (Map.Entry<Zone, List<Identified>> entry : members.entrySet()) {
			Rect zone = zoneBounds.get(entry.getKey());
			List<Rect> taken = new ArrayList<>();
			List<Identified> unplaced = new ArrayList<>();
			for (Identified member : entry.getValue()) {
				NodeFigure position = positions.get(member.getId());
				if (position != null) {
					taken.add(MapScene.bounds(position));
				} else {
					unplaced.add(member);
				}
			}
			if (unplaced.isEmpty()) {
				continue;
			}
			int columns = columnsFor(zone);
			Rect needed = zone;
			int cell = 0;
			for (Identified member : unplaced) {
				Rect r;
				do {
					r = cellRect(zone, columns, cell++, member);
				} while (overlapsAny(r, taken));
				taken.add(r);
				added.add(figure(member, r));
				needed = needed.union(r.expand(PAD));
			}
			if (!needed.equals(zone)) {
				Rect grownBounds = new Rect(zone.x(), zone.y(), Math.max(zone.width(), needed.right() - zone.x()),
						Math.max(zone.height(), needed.bottom() - zone.y()));
				NodeFigure position = positions.get(entry.getKey().getId());
				if (position != null) {
					grown.put(position, grownBounds);
				} else {
					added.stream().filter(f -> f.getElementId().equals(entry.getKey().getId())).findFirst().ifPresent(f -> {
						f.setWidth((int) grownBounds.width());
						f.setHeight((int) grownBounds.height());
					});
				}
			}
		}
		// what is in no zone: a row below everything
		if (!homeless.isEmpty()) {
			Rect all = occupied;
			for (Rect r : zoneBounds.values()) {
				all = all == null ? r : all.union(r);
			}
			double hx = all == null ? 0 : all.x();
			double hy = all == null ? 0 : all.bottom() + ZONE_GAP;
			List<Rect> taken = new ArrayList<>();
			for (Identified element : homeless) {
				NodeFigure position = positions.get(element.getId());
				if (position != null) {
					continue;
				}
				Rect r = new Rect(hx, hy, width(element), height(element));
				while (overlapsAny(r, taken)) {
					r = r.translate(DEVICE_WIDTH + GAP_X, 0);
				}
				taken.add(r);
				added.add(figure(element, r));
				hx = r.right() + GAP_X;
			}
		}
		return new Result(added, grown);
	}

	private static final List<ZoneKind> ZONE_ORDER = List.of(ZoneKind.DMZ, ZoneKind.CLINICAL_LAN, ZoneKind.MEDICAL_DEVICE_LAN,
			ZoneKind.ADMINISTRATIVE_LAN, ZoneKind.WIRELESS, ZoneKind.GUEST, ZoneKind.VENDOR_NETWORK, ZoneKind.INTERNET);

	/** External points first, then network devices (security first), servers, and the rest by kind and name. */
	private static final Comparator<Identified> MEMBER_ORDER = Comparator.<Identified>comparingInt(AutoPlacement::rank)
			.thenComparing(e -> e instanceof Device d && d.getName() != null ? d.getName()
					: e instanceof ExternalConnection c && c.getName() != null ? c.getName() : ""); //$NON-NLS-1$

	private static int rank(Identified element) {
		if (element instanceof ExternalConnection) {
			return -1;
		}
		DeviceKind kind = DeviceKind.of((Device) element);
		return switch (kind) {
		case FIREWALL, VPN_GATEWAY, UNIDIRECTIONAL_GATEWAY, IDS_IPS -> 0;
		case ROUTER, MOBILE_ROUTER -> 1;
		case SWITCH -> 2;
		case WIRELESS_AP -> 3;
		case SERVER, STORAGE -> 4;
		default -> 5 + kind.ordinal();
		};
	}

	private static Rect sizeFor(List<Identified> members) {
		int n = Math.max(1, members.size());
		int columns = Math.max(2, (int) Math.ceil(Math.sqrt(n * 1.4)));
		columns = Math.min(columns, 8);
		int rows = (int) Math.ceil(n / (double) columns);
		boolean clouds = members.stream().anyMatch(m -> m instanceof ExternalConnection);
		int cellHeight = (clouds ? CLOUD_HEIGHT : DEVICE_HEIGHT) + GAP_Y;
		double width = 2 * PAD + columns * (DEVICE_WIDTH + GAP_X) - GAP_X;
		double height = ContainerFigure.TITLE_HEIGHT + 2 * PAD + rows * cellHeight - GAP_Y;
		return new Rect(0, 0, width, Math.max(height, 150));
	}

	private static int columnsFor(Rect zone) {
		return Math.max(1, (int) ((zone.width() - 2 * PAD + GAP_X) / (DEVICE_WIDTH + GAP_X)));
	}

	private static Rect cellRect(Rect zone, int columns, int cell, Identified member) {
		int column = cell % columns;
		int row = cell / columns;
		int cellHeight = Math.max(DEVICE_HEIGHT, member instanceof ExternalConnection ? CLOUD_HEIGHT : DEVICE_HEIGHT) + GAP_Y;
		double x = zone.x() + PAD + column * (DEVICE_WIDTH + GAP_X);
		double y = zone.y() + ContainerFigure.TITLE_HEIGHT + PAD + row * cellHeight;
		return new Rect(x, y, width(member), height(member));
	}

	private static int width(Identified element) {
		return element instanceof ExternalConnection ? CLOUD_WIDTH : DEVICE_WIDTH;
	}

	private static int height(Identified element) {
		return element instanceof ExternalConnection ? CLOUD_HEIGHT : DEVICE_HEIGHT;
	}

	private static boolean overlapsAny(Rect r, List<Rect> taken) {
		for (Rect t : taken) {
			if (t.x() < r.right() && r.x() < t.right() && t.y() < r.bottom() && r.y() < t.bottom()) {
				return true;
			}
		}
		return false;
	}

	private static NodeFigure figure(Identified element, Rect r) {
		NodeFigure figure = NotationFactory.eINSTANCE.createNodeFigure();
		figure.setElementId(element.getId());
		figure.setX((int) Math.round(r.x()));
		figure.setY((int) Math.round(r.y()));
		figure.setWidth((int) Math.round(r.width()));
		figure.setHeight((int) Math.round(r.height()));
		return figure;
	}
}
