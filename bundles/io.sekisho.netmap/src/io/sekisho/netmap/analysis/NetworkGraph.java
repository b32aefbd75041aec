package io.sekisho.netmap.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;
import io.sekisho.netmap.MapElements;

/**
 * The facility as a graph the rules walk: one vertex per device drawn, one per zone a link ends in or an external
 * network (the internet, a vendor's network: "zone segments"), and one per external connection whose network is
 * not a zone. Edges are the links and the external connections (gateway to external network). Built once per
 * analysis in linear time; the rules read it, never the model's lists.
 */
public final class NetworkGraph {

	/** What a vertex stands for. */
	public enum Kind {
		DEVICE, ZONE_SEGMENT, EXTERNAL_POINT
	}

	/** A vertex: a device, a network segment (zone) or an external connection point. */
	public static final class Vertex {
		final int index;
		final Kind kind;
		final Identified element;
		final Zone zone;
		final List<Edge> edges = new ArrayList<>(2);
		final List<ExternalConnection> connections = new ArrayList<>(1);

		Vertex(int index, Kind kind, Identified element, Zone zone) {
			this.index = index;
			this.kind = kind;
			this.element = element;
			this.zone = zone;
		}

		public int index() {
			return index;
		}

		public Kind kind() {
			return kind;
		}

		/** @return the device, zone or external connection */
		public Identified element() {
			return element;
		}

		/** @return the zone the vertex is in (for a segment: the zone itself), or {@code null} */
		public Zone zone() {
			return zone;
		}

		public List<Edge> edges() {
			return edges;
		}

		/** @return the external connections recorded for this external network or device */
		public List<ExternalConnection> connections() {
			return connections;
		}

		public Device device() {
			return element instanceof Device d ? d : null;
		}

		public NetworkDeviceType type() {
			Device d = device();
			return d == null || d.getNetworkType() == null ? NetworkDeviceType.NONE : d.getNetworkType();
		}

		public boolean isFirewall() {
			return FIREWALLS.contains(type());
		}

		public boolean isIdsOrIps() {
			return type() == NetworkDeviceType.IDS || type() == NetworkDeviceType.IPS;
		}

		public boolean isUnidirectional() {
			return type() == NetworkDeviceType.UNIDIRECTIONAL_GATEWAY;
		}

		/** @return the internet, a vendor's or partner's network, or a point of one (CSET's Web, Vendor, Partner) */
		public boolean isExternal() {
			return kind == Kind.EXTERNAL_POINT || kind == Kind.ZONE_SEGMENT && isExternalZone(zone);
		}

		/** @return the trust of the vertex's zone, {@code null} when it is in no zone */
		public TrustLevel trust() {
			return zone == null ? null : zone.getTrustLevel();
		}

		public List<Vertex> neighbours() {
			List<Vertex> result = new ArrayList<>(edges.size());
			for (Edge e : edges) {
				result.add(e.other(this));
			}
			return result;
		}

		@Override
		public String toString() {
			return kind + ":" + Names.of(element); //$NON-NLS-1$
		}
	}

	/** An edge: a link, or an external connection from its gateway to its network. */
	public record Edge(Vertex a, Vertex b, Identified element, boolean untrusted) {

		public Vertex other(Vertex v) {
			return v == a ? b : a;
		}

		public boolean crossesZones() {
			return a.zone != b.zone;
		}
	}

	static final Set<NetworkDeviceType> FIREWALLS = EnumSet.of(NetworkDeviceType.FIREWALL, NetworkDeviceType.UTM);

	private final FacilityWorkbook workbook;
	private final List<Vertex> vertices = new ArrayList<>();
	private final List<Edge> edges = new ArrayList<>();
	private final Map<Identified, Vertex> byElement = new IdentityHashMap<>();

	private NetworkGraph(FacilityWorkbook workbook) {
		this.workbook = workbook;
	}

	/** @return whether a zone is outside the facility (the internet, a vendor's or partner's network) */
	public static boolean isExternalZone(Zone zone) {
		return zone != null && (zone.getKind() == ZoneKind.INTERNET || zone.getKind() == ZoneKind.VENDOR_NETWORK);
	}

	public static NetworkGraph of(FacilityWorkbook workbook) {
		NetworkGraph graph = new NetworkGraph(workbook);
		graph.build();
		return graph;
	}

	private void build() {
		for (Device device : workbook.getDevices()) {
			if (MapElements.drawn(device)) {
				add(new Vertex(vertices.size(), Kind.DEVICE, device, device.getZone()));
			}
		}
		Set<Long> linked = new HashSet<>();
		for (Link link : workbook.getLinks()) {
			Vertex source = byElement.get(link.getSource());
			if (source == null) {
				continue;
			}
			Vertex target = link.getTargetDevice() != null ? byElement.get(link.getTargetDevice())
					: link.getTargetZone() != null ? segment(link.getTargetZone()) : null;
			if (target == null || target == source) {
				continue;
			}
			connect(source, target, link, link.isUntrusted());
			linked.add(pairKey(source, target));
		}
		for (ExternalConnection connection : workbook.getExternalConnections()) {
			Vertex gateway = byElement.get(connection.getGateway());
			Vertex point;
			if (connection.getZone() != null && connection.getZone() != (gateway == null ? null : gateway.zone)) {
				point = segment(connection.getZone());
			} else {
				point = new Vertex(vertices.size(), Kind.EXTERNAL_POINT, connection, connection.getZone());
				add(point);
			}
			point.connections.add(connection);
			if (gateway != null) {
				gateway.connections.add(connection);
				if (linked.add(pairKey(gateway, point))) {
					connect(gateway, point, connection, false);
				}
			}
		}
	}

	private static long pairKey(Vertex a, Vertex b) {
		int lo = Math.min(a.index, b.index);
		int hi = Math.max(a.index, b.index);
		return ((long) lo << 32) | hi;
	}

	private Vertex segment(Zone zone) {
		Vertex v = byElement.get(zone);
		if (v == null) {
			v = new Vertex(vertices.size(), Kind.ZONE_SEGMENT, zone, zone);
			add(v);
		}
		return v;
	}

	private void add(Vertex v) {
		vertices.add(v);
		byElement.put(v.element, v);
	}

	private void connect(Vertex a, Vertex b, Identified element, boolean untrusted) {
		Edge edge = new Edge(a, b, element, untrusted);
		edges.add(edge);
		a.edges.add(edge);
		b.edges.add(edge);
	}

	public FacilityWorkbook workbook() {
		return workbook;
	}

	public List<Vertex> vertices() {
		return Collections.unmodifiableList(vertices);
	}

	public List<Edge> edges() {
		return Collections.unmodifiableList(edges);
	}

	/** @return the vertex of a device, zone segment or external connection point, or {@code null} */
	public Vertex vertex(Identified element) {
		return byElement.get(element);
	}

	/** @return the vertices of one kind */
	public List<Vertex> vertices(Kind kind) {
		List<Vertex> result = new ArrayList<>();
		for (Vertex v : vertices) {
			if (v.kind == kind) {
				result.add(v);
			}
		}
		return result;
	}

	/** A map from each vertex to a number, e.g. a BFS parent; sized for the graph. */
	int size() {
		return vertices.size();
	}

	static <K, V> Map<K, V> newMap() {
		return new HashMap<>();
	}
}
