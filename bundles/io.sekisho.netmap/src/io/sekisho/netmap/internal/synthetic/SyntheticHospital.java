package io.sekisho.netmap.internal.synthetic;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.sekisho.model.ModelIds;
import io.sekisho.model.facility.ConnectionMode;
import io.sekisho.model.facility.ConnectionPurpose;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.LinkMedium;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;

/**
 * A large hospital network of a given size for layout tests and benchmarks: the shape of a real one (a core switch
 * per zone, floor switches with 30 to 40 clients each, a firewall between the zones and to the internet, VPN
 * gateways of vendors, a few devices without links), deterministic for a given size.
 */
public final class SyntheticHospital {

	private static final FacilityFactory F = FacilityFactory.eINSTANCE;

	private SyntheticHospital() {
	}

	public static FacilityWorkbook of(int devices) {
		FacilityWorkbook wb = F.createFacilityWorkbook();
		wb.setId(ModelIds.fromSeed("synthetic/" + devices)); //$NON-NLS-1$
		wb.setFacility(F.createFacility());
		wb.getFacility().setName("Synthetic " + devices); //$NON-NLS-1$
		Zone internet = zone(wb, "internet", ZoneKind.INTERNET, TrustLevel.UNTRUSTED); //$NON-NLS-1$
		Zone vendor = zone(wb, "vendor", ZoneKind.VENDOR_NETWORK, TrustLevel.LOW); //$NON-NLS-1$
		Zone dmz = zone(wb, "dmz", ZoneKind.DMZ, TrustLevel.LOW); //$NON-NLS-1$
		ZoneKind[] kinds = { ZoneKind.CLINICAL_LAN, ZoneKind.ADMINISTRATIVE_LAN, ZoneKind.MEDICAL_DEVICE_LAN, ZoneKind.WIRELESS };
		TrustLevel[] trusts = { TrustLevel.HIGH, TrustLevel.MEDIUM, TrustLevel.HIGH, TrustLevel.MEDIUM };
		int inside = Math.max(8, devices / 250); // larger hospitals have more segments
		List<Zone> zones = new ArrayList<>();
		for (int i = 0; i < inside; i++) {
			zones.add(zone(wb, "zone-" + i, kinds[i % kinds.length], trusts[i % trusts.length])); //$NON-NLS-1$
		}
		Device firewall = device(wb, "FW-CORE", dmz, DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.FIREWALL); //$NON-NLS-1$
		Device router = device(wb, "RT-INET", dmz, DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.ROUTER); //$NON-NLS-1$
		link(wb, router, firewall);
		Link up = link(wb, router, null);
		up.setTargetZone(internet);
		int count = 2;
		List<Device> cores = new ArrayList<>();
		for (Zone z : zones) {
			Device core = device(wb, "CORE-" + z.getName(), z, DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.SWITCH); //$NON-NLS-1$
			link(wb, core, firewall);
			cores.add(core);
			count++;
		}
		for (int v = 0; v < Math.max(2, inside / 3); v++) {
			Device vpn = device(wb, "VPN-" + v, zones.get(v % zones.size()), DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.VPN_GATEWAY); //$NON-NLS-1$
			link(wb, vpn, cores.get(v % cores.size()));
			Link out = link(wb, vpn, null);
			out.setTargetZone(vendor);
			out.setMedium(LinkMedium.VPN);
			ExternalConnection c = F.createExternalConnection();
			c.setId(ModelIds.fromSeed("synthetic/connection/" + v)); //$NON-NLS-1$
			c.setName("Vendor VPN " + v); //$NON-NLS-1$
			c.setGateway(vpn);
			c.setZone(vendor);
			c.setPurpose(ConnectionPurpose.REMOTE_MAINTENANCE);
			c.setMode(ConnectionMode.ON_DEMAND);
			wb.getExternalConnections().add(c);
			count++;
		}
		int z = 0;
		while (count < devices) {
			Zone zone = zones.get(z % zones.size());
			Device core = cores.get(z % cores.size());
			Device floor = device(wb, String.format(Locale.ROOT, "SW-%04d", count), zone, DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.SWITCH); //$NON-NLS-1$
			link(wb, floor, core);
			count++;
			int clients = 30 + (z % 11);
			for (int c = 0; c < clients && count < devices; c++, count++) {
				DeviceCategory category = c % 15 == 0 ? DeviceCategory.PRINTER : zone.getKind() == ZoneKind.MEDICAL_DEVICE_LAN ? DeviceCategory.MEDICAL_DEVICE
						: c % 9 == 0 ? DeviceCategory.SERVER : DeviceCategory.CLIENT_PC;
				Device d = device(wb, String.format(Locale.ROOT, "DEV-%05d", count), zone, category, NetworkDeviceType.NONE); //$NON-NLS-1$
				d.getIpAddresses().add(String.format(Locale.ROOT, "10.%d.%d.%d", z % 250, (count / 250) % 250, count % 250 + 1)); //$NON-NLS-1$
				if (c % 17 != 16) {
					link(wb, d, floor); // and a few stand alone, unlinked
				}
			}
			z++;
		}
		return wb;
	}

	private static Zone zone(FacilityWorkbook wb, String name, ZoneKind kind, TrustLevel trust) {
		Zone zone = F.createZone();
		zone.setId(ModelIds.fromSeed("synthetic/zone/" + name)); //$NON-NLS-1$
		zone.setName(name);
		zone.setKind(kind);
		zone.setTrustLevel(trust);
		wb.getZones().add(zone);
		return zone;
	}

	private static Device device(FacilityWorkbook wb, String name, Zone zone, DeviceCategory category, NetworkDeviceType type) {
		Device d = F.createDevice();
		d.setId(ModelIds.fromSeed("synthetic/device/" + name)); //$NON-NLS-1$
		d.setName(name);
		d.setZone(zone);
		d.setCategory(category);
		d.setNetworkType(type);
		wb.getDevices().add(d);
		return d;
	}

	private static Link link(FacilityWorkbook wb, Device source, Device target) {
		Link link = F.createLink();
		link.setId(ModelIds.fromSeed("synthetic/link/" + wb.getLinks().size())); //$NON-NLS-1$
		link.setSource(source);
		link.setTargetDevice(target);
		link.setMedium(LinkMedium.WIRED);
		wb.getLinks().add(link);
		return link;
	}
}
