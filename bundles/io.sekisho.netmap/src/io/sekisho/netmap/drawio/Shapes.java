package io.sekisho.netmap.drawio;

import java.util.Locale;

import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.ZoneKind;

/**
 * What a draw.io shape stands for: CSET's component images ({@code image=img/cset/firewall.svg}) and draw.io's
 * network shapes ({@code shape=mxgraph.networks.firewall}, {@code mxgraph.cisco.*}) mapped to device categories and
 * network device types; CSET's Web, Vendor and Partner (and a cloud) are external networks.
 */
public final class Shapes {

	/** A device kind, or an external network ({@code external} set), or nothing known ({@code known} false). */
	public record Kind(boolean known, DeviceCategory category, NetworkDeviceType type, ZoneKind external, String symbol) {

		static Kind device(DeviceCategory c, NetworkDeviceType t, String symbol) {
			return new Kind(true, c, t, null, symbol);
		}

		public boolean isExternal() {
			return external != null;
		}
	}

	private Shapes() {
	}

	/** @return the symbol name of a cell: CSET image file name or draw.io shape name, lower case, or {@code null} */
	public static String symbol(Cell cell) {
		String image = cell.styleValue("image"); //$NON-NLS-1$
		if (image != null) {
			int slash = image.lastIndexOf('/');
			String file = image.substring(slash + 1);
			int dot = file.lastIndexOf('.');
			return (dot > 0 ? file.substring(0, dot) : file).toLowerCase(Locale.ROOT);
		}
		String shape = cell.styleValue("shape"); //$NON-NLS-1$
		if (shape != null) {
			int dot = shape.lastIndexOf('.');
			return shape.substring(dot + 1).toLowerCase(Locale.ROOT);
		}
		return null;
	}

	public static Kind of(Cell cell) {
		String s = symbol(cell);
		if (s == null) {
			return new Kind(false, DeviceCategory.OTHER, NetworkDeviceType.NONE, null, null);
		}
		if (s.equals("web") || s.contains("cloud") || s.equals("internet")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return new Kind(true, null, null, ZoneKind.INTERNET, s);
		}
		if (s.equals("vendor") || s.equals("partner")) { //$NON-NLS-1$ //$NON-NLS-2$
			return new Kind(true, null, null, ZoneKind.VENDOR_NETWORK, s);
		}
		if (s.contains("firewall") || s.contains("utm")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Kind.device(DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.FIREWALL, s);
		}
		if (s.contains("unidirectional") || s.contains("diode")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Kind.device(DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.UNIDIRECTIONAL_GATEWAY, s);
		}
		if (s.equals("ids") || s.startsWith("ids_") || s.contains("intrusion_detection")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Kind.device(DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.IDS, s);
		}
		if (s.equals("ips") || s.contains("intrusion_prevention")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Kind.device(DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.IPS, s);
		}
		if (s.contains("modem")) { //$NON-NLS-1$
			return Kind.device(DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.MODEM, s);
		}
		if (s.contains("mobile_router") || s.contains("cellular") || s.contains("lte")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Kind.device(DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.MOBILE_ROUTER, s);
		}
		if (s.contains("vpn")) { //$NON-NLS-1$
			return Kind.device(DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.VPN_GATEWAY, s);
		}
		if (s.contains("wireless") || s.contains("access_point") || s.equals("wifi")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Kind.device(DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.WIRELESS_AP, s);
		}
		if (s.contains("router")) { //$NON-NLS-1$
			return Kind.device(DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.ROUTER, s);
		}
		if (s.contains("switch") || s.equals("hub")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Kind.device(DeviceCategory.NETWORK_DEVICE, NetworkDeviceType.SWITCH, s);
		}
		if (s.contains("printer") || s.contains("scanner") || s.contains("copier")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Kind.device(DeviceCategory.PRINTER, NetworkDeviceType.NONE, s);
		}
		if (s.contains("storage") || s.contains("nas") || s.contains("san")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Kind.device(DeviceCategory.STORAGE, NetworkDeviceType.NONE, s);
		}
		if (s.contains("server") || s.contains("active_directory") || s.contains("historian") || s.contains("front_end_processor") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				|| s.contains("database") || s.contains("domain_controller") || s.equals("mainframe")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			return Kind.device(DeviceCategory.SERVER, NetworkDeviceType.NONE, s);
		}
		if (s.equals("pc") || s.contains("workstation") || s.contains("laptop") || s.contains("desktop") || s.equals("hmi") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				|| s.contains("terminal") || s.equals("mobile") || s.contains("tablet") || s.contains("engineering")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return Kind.device(DeviceCategory.CLIENT_PC, NetworkDeviceType.NONE, s);
		}
		if (s.equals("plc") || s.equals("rtu") || s.equals("ied") || s.equals("dcs") || s.equals("sis") || s.contains("sensor") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				|| s.contains("camera") || s.contains("controller") || s.contains("meter") || s.contains("iot")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			return Kind.device(DeviceCategory.IOT, NetworkDeviceType.NONE, s);
		}
		if (s.contains("medical") || s.contains("modality")) { //$NON-NLS-1$ //$NON-NLS-2$
			return Kind.device(DeviceCategory.MEDICAL_DEVICE, NetworkDeviceType.NONE, s);
		}
		return new Kind(false, DeviceCategory.OTHER, NetworkDeviceType.NONE, null, s);
	}

	/** @return the CSET image an exported device gets */
	public static String csetImage(DeviceCategory category, NetworkDeviceType type) {
		NetworkDeviceType t = type == null ? NetworkDeviceType.NONE : type;
		switch (t) {
			case FIREWALL, UTM:
				return "firewall"; //$NON-NLS-1$
			case ROUTER:
				return "router"; //$NON-NLS-1$
			case SWITCH:
				return "switch"; //$NON-NLS-1$
			case VPN_GATEWAY:
				return "vpn"; //$NON-NLS-1$
			case WIRELESS_AP:
				return "wireless_router"; //$NON-NLS-1$
			case IDS:
				return "ids"; //$NON-NLS-1$
			case IPS:
				return "ips"; //$NON-NLS-1$
			case UNIDIRECTIONAL_GATEWAY:
				return "unidirectional_device"; //$NON-NLS-1$
			case MODEM, MOBILE_ROUTER:
				return "modem"; //$NON-NLS-1$
			default:
				break;
		}
		if (category == null) {
			return "generic"; //$NON-NLS-1$
		}
		return switch (category) {
			case SERVER -> "server"; //$NON-NLS-1$
			case CLIENT_PC -> "pc"; //$NON-NLS-1$
			case PRINTER -> "printer"; //$NON-NLS-1$
			case STORAGE -> "storage"; //$NON-NLS-1$
			case IOT -> "plc"; //$NON-NLS-1$
			case MEDICAL_DEVICE -> "medical_device"; //$NON-NLS-1$
			case NETWORK_DEVICE -> "router"; //$NON-NLS-1$
			default -> "generic"; //$NON-NLS-1$
		};
	}
}
