package io.sekisho.netmap.ui.internal;

import java.util.Locale;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.NetworkDeviceType;

/**
 * What a device is on the map (its icon and palette entry): the facility model's category refined by the network
 * device type; a router whose role or model says mobile, LTE or modem (files from before those types existed)
 * counts as a mobile router too.
 */
public enum DeviceKind {
	SERVER, CLIENT_PC, SWITCH, ROUTER, FIREWALL, VPN_GATEWAY, WIRELESS_AP, MEDICAL_DEVICE, IOT, PRINTER, MOBILE_ROUTER,
	STORAGE, IDS_IPS, UNIDIRECTIONAL_GATEWAY, OTHER;

	private static final String[] MOBILE_WORDS = { "\u30e2\u30d0\u30a4\u30eb", "\u30e2\u30c7\u30e0", "mobile", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			"modem", "lte", "5g", "wimax", "\u30c6\u30b6\u30ea\u30f3\u30b0" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	public static DeviceKind of(Device device) {
		NetworkDeviceType type = device.getNetworkType();
		if ((type == null || type == NetworkDeviceType.NONE || type == NetworkDeviceType.ROUTER) && looksMobile(device)) {
			return MOBILE_ROUTER;
		}
		return of(device.getCategory(), type);
	}

	/** The kind of a device of {@code category} and network {@code type} (either may be null). */
	public static DeviceKind of(DeviceCategory category, NetworkDeviceType type) {
		if (type != null && type != NetworkDeviceType.NONE) {
			return switch (type) {
			case ROUTER -> ROUTER;
			case SWITCH -> SWITCH;
			case FIREWALL, UTM -> FIREWALL;
			case VPN_GATEWAY -> VPN_GATEWAY;
			case WIRELESS_AP -> WIRELESS_AP;
			case IDS, IPS -> IDS_IPS;
			case UNIDIRECTIONAL_GATEWAY -> UNIDIRECTIONAL_GATEWAY;
			case MODEM, MOBILE_ROUTER -> MOBILE_ROUTER;
			default -> OTHER;
			};
		}
		if (category == null) {
			return OTHER;
		}
		return switch (category) {
		case SERVER -> SERVER;
		case CLIENT_PC -> CLIENT_PC;
		case NETWORK_DEVICE -> SWITCH;
		case MEDICAL_DEVICE -> MEDICAL_DEVICE;
		case IOT -> IOT;
		case PRINTER -> PRINTER;
		case STORAGE -> STORAGE;
		default -> OTHER;
		};
	}

	private static boolean looksMobile(Device device) {
		String text = (nullToEmpty(device.getRole()) + ' ' + nullToEmpty(device.getModel())).toLowerCase(Locale.ROOT);
		for (String word : MOBILE_WORDS) {
			if (text.contains(word)) {
				return true;
			}
		}
		return false;
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}

	/** Sets category and network type of a new device of this kind. */
	public void applyTo(Device device) {
		device.setCategory(switch (this) {
		case SERVER -> DeviceCategory.SERVER;
		case CLIENT_PC -> DeviceCategory.CLIENT_PC;
		case SWITCH, ROUTER, FIREWALL, VPN_GATEWAY, WIRELESS_AP, MOBILE_ROUTER, IDS_IPS, UNIDIRECTIONAL_GATEWAY -> DeviceCategory.NETWORK_DEVICE;
		case MEDICAL_DEVICE -> DeviceCategory.MEDICAL_DEVICE;
		case IOT -> DeviceCategory.IOT;
		case PRINTER -> DeviceCategory.PRINTER;
		case STORAGE -> DeviceCategory.STORAGE;
		case OTHER -> DeviceCategory.OTHER;
		});
		device.setNetworkType(switch (this) {
		case SWITCH -> NetworkDeviceType.SWITCH;
		case ROUTER -> NetworkDeviceType.ROUTER;
		case MOBILE_ROUTER -> NetworkDeviceType.MOBILE_ROUTER;
		case IDS_IPS -> NetworkDeviceType.IDS;
		case UNIDIRECTIONAL_GATEWAY -> NetworkDeviceType.UNIDIRECTIONAL_GATEWAY;
		case FIREWALL -> NetworkDeviceType.FIREWALL;
		case VPN_GATEWAY -> NetworkDeviceType.VPN_GATEWAY;
		case WIRELESS_AP -> NetworkDeviceType.WIRELESS_AP;
		default -> NetworkDeviceType.NONE;
		});
	}

	/** The name of the kind in the user's language. */
	public String label() {
		return Messages.label("Kind_" + name()); //$NON-NLS-1$
	}
}
