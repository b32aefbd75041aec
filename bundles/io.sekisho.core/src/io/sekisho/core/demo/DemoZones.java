package io.sekisho.core.demo;

import io.sekisho.model.facility.TrustLevel;
import io.sekisho.model.facility.Zone;
import io.sekisho.model.facility.ZoneKind;

/** The network zones of the demo hospital, with their address ranges. */
final class DemoZones {

	final Zone clinical;
	final Zone administrative;
	final Zone medicalDevices;
	final Zone dmz;
	final Zone wireless;
	final Zone guest;
	final Zone internet;
	final Zone ehrVendorNetwork;
	final Zone catererNetwork;

	DemoZones(DemoContext c) {
		clinical = add(c, "clinical", "電子カルテ系LAN", ZoneKind.CLINICAL_LAN, TrustLevel.HIGH, "10.10.0.0/16"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		administrative = add(c, "administrative", "事務系LAN", ZoneKind.ADMINISTRATIVE_LAN, TrustLevel.MEDIUM, "10.20.0.0/16"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		medicalDevices = add(c, "medical-devices", "医療機器LAN", ZoneKind.MEDICAL_DEVICE_LAN, TrustLevel.HIGH, "10.30.0.0/16"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		dmz = add(c, "dmz", "DMZ", ZoneKind.DMZ, TrustLevel.LOW, "172.16.0.0/24"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		wireless = add(c, "wireless", "業務用無線LAN", ZoneKind.WIRELESS, TrustLevel.MEDIUM, "10.40.0.0/16"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		guest = add(c, "guest", "患者用Wi-Fi", ZoneKind.GUEST, TrustLevel.UNTRUSTED, "192.168.100.0/24"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		internet = add(c, "internet", "インターネット", ZoneKind.INTERNET, TrustLevel.UNTRUSTED, null); //$NON-NLS-1$ //$NON-NLS-2$
		ehrVendorNetwork = add(c, "ehr-vendor", "電子カルテベンダー保守網", ZoneKind.VENDOR_NETWORK, TrustLevel.LOW, null); //$NON-NLS-1$ //$NON-NLS-2$
		catererNetwork = add(c, "caterer", "給食委託先データセンター", ZoneKind.VENDOR_NETWORK, TrustLevel.LOW, null); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static Zone add(DemoContext c, String key, String name, ZoneKind kind, TrustLevel trust, String subnet) {
		Zone zone = c.withId(c.f.createZone(), "zone/" + key); //$NON-NLS-1$
		zone.setName(name);
		zone.setKind(kind);
		zone.setTrustLevel(trust);
		if (subnet != null) {
			zone.getSubnets().add(subnet);
		}
		c.workbook.getZones().add(zone);
		return zone;
	}
}
