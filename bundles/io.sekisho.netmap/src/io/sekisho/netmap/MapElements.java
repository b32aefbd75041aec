package io.sekisho.netmap;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.Zone;

/**
 * The facility elements the map draws, by id: zones, devices in use or planned, and external connection points as
 * nodes; links and the line from each external connection to its gateway as edges. Decommissioned devices are not
 * drawn.
 */
public final class MapElements {

	private final Map<String, Identified> nodes = new LinkedHashMap<>();
	private final Map<String, Identified> edges = new LinkedHashMap<>();

	private MapElements() {
	}

	public static MapElements of(FacilityWorkbook workbook) {
		MapElements result = new MapElements();
		for (Zone zone : workbook.getZones()) {
			result.nodes.put(zone.getId(), zone);
		}
		for (Device device : workbook.getDevices()) {
			if (drawn(device)) {
				result.nodes.put(device.getId(), device);
			}
		}
		for (ExternalConnection connection : workbook.getExternalConnections()) {
			result.nodes.put(connection.getId(), connection);
			if (connection.getGateway() != null && drawn(connection.getGateway())) {
				result.edges.put(connection.getId(), connection);
			}
		}
		for (Link link : workbook.getLinks()) {
			if (drawn(link.getSource()) && (drawn(link.getTargetDevice()) || link.getTargetZone() != null)) {
				result.edges.put(link.getId(), link);
			}
		}
		return result;
	}

	/** @return whether a device appears on the map */
	public static boolean drawn(Device device) {
		return device != null && device.getStatus() != DeviceStatus.DECOMMISSIONED;
	}

	public Identified node(String id) {
		return nodes.get(id);
	}

	public Identified edge(String id) {
		return edges.get(id);
	}

	public Map<String, Identified> nodes() {
		return nodes;
	}

	public Map<String, Identified> edges() {
		return edges;
	}

	public List<Zone> zones() {
		List<Zone> result = new ArrayList<>();
		nodes.values().forEach(n -> {
			if (n instanceof Zone z) {
				result.add(z);
			}
		});
		return result;
	}
}
