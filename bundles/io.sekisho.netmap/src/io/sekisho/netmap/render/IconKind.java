package io.sekisho.netmap.render;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.NetworkDeviceType;

/** The icon a figure gets: one per device category and network device type, and one for external points. */
public enum IconKind {
	SERVER, CLIENT_PC, SWITCH, ROUTER, FIREWALL, VPN_GATEWAY, WIRELESS_AP, MEDICAL_DEVICE, IOT, PRINTER, MOBILE_ROUTER, STORAGE, IDS,
	UNIDIRECTIONAL, GENERIC, EXTERNAL;

	public static IconKind of(Device device) {
		NetworkDeviceType type = device.getNetworkType() == null ? NetworkDeviceType.NONE : device.getNetworkType();
		switch (type) {
			case ROUTER:
				return ROUTER;
			case SWITCH:
				return SWITCH;
			case FIREWALL:
			case UTM:
				return FIREWALL;
			case VPN_GATEWAY:
				return VPN_GATEWAY;
			case WIRELESS_AP:
				return WIRELESS_AP;
			case IDS:
			case IPS:
				return IDS;
			case UNIDIRECTIONAL_GATEWAY:
				return UNIDIRECTIONAL;
			case MODEM:
			case MOBILE_ROUTER:
				return MOBILE_ROUTER;
			default:
				break;
		}
		if (device.getCategory() == null) {
			return GENERIC;
		}
		return switch (device.getCategory()) {
			case SERVER -> SERVER;
			case CLIENT_PC -> CLIENT_PC;
			case MEDICAL_DEVICE -> MEDICAL_DEVICE;
			case IOT -> IOT;
			case PRINTER -> PRINTER;
			case STORAGE -> STORAGE;
			case NETWORK_DEVICE -> ROUTER;
			default -> GENERIC;
		};
	}
}
