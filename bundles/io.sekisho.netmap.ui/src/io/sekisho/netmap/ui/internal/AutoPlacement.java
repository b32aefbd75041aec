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
import io.sekisho.netmap.layout.FigureSizes;
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

	// the sizes the ELK layout of io.sekisho.netmap gives figures, so placed and laid-out figures look alike
	public static final int DEVICE_WIDTH = FigureSizes.DEVICE_WIDTH;
	public static final int DEVICE_HEIGHT = FigureSizes.DEVICE_HEIGHT;
	public static final int CLOUD_WIDTH = FigureSizes.EXTERNAL_WIDTH;
	public static final int CLOUD_HEIGHT = FigureSizes.EXTERNAL_HEIGHT;
	private static final int GAP_X = 24;
	private static final int GAP_Y = 22;
	private static final int PAD = 20;
	private static final int ZONE_GAP = 70;
	private static final int ROW_WIDTH = 2400;

	/** Bounds by element id: of the elements placed, and of the zones that must grow to hold them. */
	public record Result(Map<String, Rect> added, Map<String, Rect> grown) {

		public boolean isEmpty() {
			return added.isEmpty() && grown.isEmpty();
		}
	}

	/** Places what {@code known} (bounds by element id) does not hold. */
	public Result place(FacilityWorkbook workbook, Map<String, Rect> positions) {
		MapElements elements = MapElements.of(workbook);
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
		Map<Identified, List<Identified>> neighbours = neighbours(workbook);
		Map<Zone, List<List<Identified>>> groups = new HashMap<>();
		members.forEach((zone, list) -> groups.put(zone, groups(list, neighbours)));

		Map<String, Rect> added = new LinkedHashMap<>();
		Map<String, Rect> grown = new LinkedHashMap<>();
		Map<Zone, Rect> zoneBounds = new HashMap<>();
		Rect occupied = null;
		for (Rect existing : positions.values()) {
			occupied = occupied == null ? existing : occupied.union(existing);
		}
		// zones: the outside ones in a column on the left, the others in rows
		List<Zone> outside = new ArrayList<>();
		List<Zone> inside = new ArrayList<>();
		for (Zone zone : members.keySet()) {
			Rect position = positions.get(zone.getId());
			if (position != null) {
				zoneBounds.put(zone, position);
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
			Rect r = sizeFor(groups.get(zone)).translate(0, y);
			zoneBounds.put(zone, r);
			added.put(zone.getId(), r);
			y = r.bottom() + ZONE_GAP;
			outsideWidth = Math.max(outsideWidth, r.width());
		}
		double left = outside.isEmpty() ? 0 : outsideWidth + 2 * ZONE_GAP;
		double x = left;
		y = top;
		double rowHeight = 0;
		for (Zone zone : inside) {
			Rect size = sizeFor(groups.get(zone));
			if (x > left && x + size.width() > left + ROW_WIDTH) {
				x = left;
				y += rowHeight + ZONE_GAP;
				rowHeight = 0;
			}
			Rect r = size.translate(x, y);
			zoneBounds.put(zone, r);
			added.put(zone.getId(), r);
			x = r.right() + ZONE_GAP;
			rowHeight = Math.max(rowHeight, r.height());
		}
		// members into free cells of their zone's grid
		for (Map.Entry<Zone, List<Identified>> entry : members.entrySet()) {
			Rect zone = zoneBounds.get(entry.getKey());
			List<Rect> taken = new ArrayList<>();
			boolean anyUnplaced = false;
			for (Identified member : entry.getValue()) {
				Rect position = positions.get(member.getId());
				if (position != null) {
					taken.add(position);
				} else {
					anyUnplaced = true;
				}
			}
			if (!anyUnplaced) {
				continue;
			}
			int columns = columnsFor(zone);
			boolean tall = entry.getValue().stream().anyMatch(ExternalConnection.class::isInstance);
			Rect needed = zone;
			int cell = 0;
			for (List<Identified> group : groups.get(entry.getKey())) {
				if (cell % columns != 0) {
					cell += columns - cell % columns; // each group starts a row of its own
				}
				for (Identified member : group) {
					if (positions.get(member.getId()) != null) {
						continue;
					}
					Rect r;
					do {
						r = cellRect(zone, columns, cell++, member, tall);
					} while (overlapsAny(r, taken));
					taken.add(r);
					added.put(member.getId(), r);
					needed = needed.union(r.expand(PAD));
				}
			}
			if (!needed.equals(zone)) {
				Rect grownBounds = new Rect(zone.x(), zone.y(), Math.max(zone.width(), needed.right() - zone.x()),
						Math.max(zone.height(), needed.bottom() - zone.y()));
				String zoneId = entry.getKey().getId();
				if (positions.containsKey(zoneId)) {
					grown.put(zoneId, grownBounds);
				} else {
					added.put(zoneId, grownBounds);
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
				if (positions.containsKey(element.getId())) {
					continue;
				}
				Rect r = new Rect(hx, hy, width(element), height(element));
				while (overlapsAny(r, taken)) {
					r = r.translate(DEVICE_WIDTH + GAP_X, 0);
				}
				taken.add(r);
				added.put(element.getId(), r);
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

	/**
	 * The rows of a zone: external points and security and routing devices first, then each switch followed by
	 * the devices linked to it (so its links stay short), then the rest.
	 */
	private static List<List<Identified>> groups(List<Identified> members, Map<Identified, List<Identified>> neighbours) {
		List<Identified> sorted = new ArrayList<>(members);
		sorted.sort(MEMBER_ORDER);
		java.util.Set<Identified> inZone = new java.util.HashSet<>(members);
		java.util.Set<Identified> used = new java.util.HashSet<>();
		List<List<Identified>> result = new ArrayList<>();
		List<Identified> head = new ArrayList<>();
		for (Identified member : sorted) {
			if (rank(member) < 2) {
				head.add(member);
				used.add(member);
			}
		}
		if (!head.isEmpty()) {
			result.add(head);
		}
		for (Identified member : sorted) {
			if (rank(member) == 2 && used.add(member)) {
				List<Identified> group = new ArrayList<>();
				group.add(member);
				List<Identified> linked = new ArrayList<>(neighbours.getOrDefault(member, List.of()));
				linked.sort(MEMBER_ORDER);
				for (Identified other : linked) {
					if (inZone.contains(other) && rank(other) > 2 && used.add(other)) {
						group.add(other);
					}
				}
				result.add(group);
			}
		}
		List<Identified> rest = new ArrayList<>();
		for (Identified member : sorted) {
			if (used.add(member)) {
				rest.add(member);
			}
		}
		if (!rest.isEmpty()) {
			result.add(rest);
		}
		return result;
	}

	private static Map<Identified, List<Identified>> neighbours(FacilityWorkbook workbook) {
		Map<Identified, List<Identified>> result = new HashMap<>();
		for (io.sekisho.model.facility.Link link : workbook.getLinks()) {
			if (link.getSource() != null && link.getTargetDevice() != null) {
				result.computeIfAbsent(link.getSource(), k -> new ArrayList<>()).add(link.getTargetDevice());
				result.computeIfAbsent(link.getTargetDevice(), k -> new ArrayList<>()).add(link.getSource());
			}
		}
		return result;
	}

	private static int columnsFor(List<List<Identified>> groups) {
		int n = Math.max(1, groups.stream().mapToInt(List::size).sum());
		return Math.min(8, Math.max(2, (int) Math.ceil(Math.sqrt(n * 1.4))));
	}

	private static Rect sizeFor(List<List<Identified>> groups) {
		int columns = columnsFor(groups);
		int rows = 0;
		for (List<Identified> group : groups) {
			rows += (int) Math.ceil(group.size() / (double) columns);
		}
		rows = Math.max(1, rows);
		boolean clouds = groups.stream().flatMap(List::stream).anyMatch(m -> m instanceof ExternalConnection);
		int cellHeight = (clouds ? CLOUD_HEIGHT : DEVICE_HEIGHT) + GAP_Y;
		double width = 2 * PAD + columns * (DEVICE_WIDTH + GAP_X) - GAP_X;
		double height = ContainerFigure.TITLE_HEIGHT + 2 * PAD + rows * cellHeight - GAP_Y;
		return new Rect(0, 0, width, Math.max(height, 150));
	}

	private static int columnsFor(Rect zone) {
		return Math.max(1, (int) ((zone.width() - 2 * PAD + GAP_X) / (DEVICE_WIDTH + GAP_X)));
	}

	private static Rect cellRect(Rect zone, int columns, int cell, Identified member, boolean tall) {
		int column = cell % columns;
		int row = cell / columns;
		int cellHeight = (tall ? CLOUD_HEIGHT : DEVICE_HEIGHT) + GAP_Y;
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

}
