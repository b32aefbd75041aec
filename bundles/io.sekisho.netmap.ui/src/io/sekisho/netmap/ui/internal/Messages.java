package io.sekisho.netmap.ui.internal;

import java.lang.reflect.Field;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the network map (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.netmap.ui.internal.messages"; //$NON-NLS-1$

	public static String Page_title;
	public static String Align_left;
	public static String Align_center;
	public static String Align_right;
	public static String Align_top;
	public static String Align_middle;
	public static String Align_bottom;
	public static String Align_distributeH;
	public static String Align_distributeV;
	public static String Command_align;
	public static String Command_connect;
	public static String Command_create;
	public static String Command_delete;
	public static String Command_move;
	public static String Command_paste;
	public static String Command_place;
	public static String Command_reconnect;
	public static String Command_resize;
	public static String Device_planned;
	public static String Export_title;
	public static String Export_empty;
	public static String Export_failed;
	public static String Export_pngFilter;
	public static String Export_defaultName;
	public static String Find_hint;
	public static String Find_none;
	public static String Find_status;
	public static String Gateway_tooltip;
	public static String Legend_title;
	public static String Legend_badge;
	public static String Legend_trustHigh;
	public static String Legend_trustMedium;
	public static String Legend_trustLow;
	public static String Legend_trustUntrusted;
	public static String Link_tooltip;
	public static String ListSeparator;
	public static String Separator;
	public static String Medium_WIRED;
	public static String Medium_WIRELESS;
	public static String Medium_VPN;
	public static String Medium_OTHER;
	public static String Menu_copy;
	public static String Menu_paste;
	public static String Menu_duplicate;
	public static String Menu_delete;
	public static String Menu_connect;
	public static String Menu_properties;
	public static String New_device;
	public static String New_zone;
	public static String Palette_title;
	public static String Palette_tooltip;
	public static String Palette_zones;
	public static String Palette_zone;
	public static String Palette_devices;
	public static String Palette_external;
	public static String Paste_copyOf;
	public static String Results_severity;
	public static String Results_elements;
	public static String Results_message;
	public static String Severity_error;
	public static String Severity_warning;
	public static String Severity_info;
	public static String Tool_zoomOut;
	public static String Tool_zoomIn;
	public static String Tool_fit;
	public static String Tool_actualSize;
	public static String Tool_align;
	public static String Tool_connect;
	public static String Tool_delete;
	public static String Trust_unknown;
	public static String Trust_UNTRUSTED;
	public static String Trust_LOW;
	public static String Trust_MEDIUM;
	public static String Trust_HIGH;
	public static String Zone_trustChip;
	public static String Zone_outsideChip;
	public static String Kind_SERVER;
	public static String Kind_CLIENT_PC;
	public static String Kind_SWITCH;
	public static String Kind_ROUTER;
	public static String Kind_FIREWALL;
	public static String Kind_VPN_GATEWAY;
	public static String Kind_WIRELESS_AP;
	public static String Kind_MEDICAL_DEVICE;
	public static String Kind_IOT;
	public static String Kind_PRINTER;
	public static String Kind_MOBILE_ROUTER;
	public static String Kind_STORAGE;
	public static String Kind_IDS_IPS;
	public static String Kind_UNIDIRECTIONAL_GATEWAY;
	public static String Kind_OTHER;
	public static String External_INTERNET;
	public static String External_VENDOR;
	public static String External_REGIONAL_NETWORK;
	public static String External_CATERER;
	public static String External_ONLINE_QUALIFICATION;
	public static String External_CLOUD;
	public static String External_OTHER;
	public static String Mode_ALWAYS_ON;
	public static String Mode_ON_DEMAND;
	public static String Element_Link;
	public static String Element_Zone;
	public static String Element_Device;
	public static String Element_ExternalConnection;
	public static String Analysis_ruleFailed;
	public static String Results_rule;
	public static String Tool_layout;
	public static String Layout_job;
	public static String Layout_failed;
	public static String Layout_changed;
	public static String Command_layout;
	public static String Marker_location;
	public static String Results_networkRule;
	public static String Results_validation;
	public static String PathSeparator;
	public static String Outline_figure;
	public static String Tool_export;
	public static String Tool_import;
	public static String Export_svgFilter;
	public static String Export_drawioFilter;
	public static String Import_title;
	public static String Import_filter;
	public static String Import_allFiles;
	public static String Import_failed;
	public static String Import_nothing;
	public static String Import_more;
	public static String Import_confirm;
	public static String Tip_zoomOut;
	public static String Tip_zoomIn;
	public static String Tip_fit;
	public static String Tip_actualSize;
	public static String Tip_align;
	public static String Tip_connect;
	public static String Tip_delete;
	public static String Tip_layout;
	public static String Tip_export;
	public static String Tip_import;
	public static String Palette_catalog;
	public static String Link_name;
	public static String Zone_collapsedSummary;
	public static String Command_collapse;
	public static String Command_expand;
	public static String Menu_collapse;
	public static String Menu_expand;
	public static String Command_bendAdd;
	public static String Command_bendMove;
	public static String Command_bendRemove;
	public static String Command_bendClear;
	public static String Menu_addBend;
	public static String Menu_removeBend;
	public static String Menu_straighten;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}

	/** The text of key {@code name} (labels of enum literals looked up by name); the key itself if missing. */
	public static String label(String name) {
		try {
			Field field = Messages.class.getField(name);
			Object value = field.get(null);
			return value instanceof String s ? s : name;
		} catch (ReflectiveOperationException e) {
			return name;
		}
	}
}
