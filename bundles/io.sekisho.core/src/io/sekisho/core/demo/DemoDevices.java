package io.sekisho.core.demo;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.LinkMedium;
import io.sekisho.model.facility.LogSettings;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.SecuritySoftware;
import io.sekisho.model.facility.Zone;

/** The device inventory of the demo hospital (about 150 devices) and the links between them. */
final class DemoDevices {

	private static final String[] WARDS = { "外来", "3階東病棟", "3階西病棟", "4階東病棟", "4階西病棟", "5階東病棟", "5階西病棟", "ICU", "救急外来", "手術部" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
	private static final String SERVER_ROOM = "サーバ室"; //$NON-NLS-1$
	private static final String AV_PRODUCT = "EndpointGuard 12"; //$NON-NLS-1$
	private static final String ALLIED = "Allied Telesis"; //$NON-NLS-1$
	private static final String AW_PLUS = "AlliedWare Plus"; //$NON-NLS-1$

	private final DemoContext c;
	private final DemoZones zones;
	private final DemoOrganizations orgs;

	final Device ehrPrimary;
	final Device ehrStandby;
	final Device receipt;
	final Device pacs;
	final Device domainController;
	final Device mealServer;
	final Device nurseCallServer;
	final Device coreSwitch;
	final Device utm;
	final Device fortigate;
	final Device catererVpn;
	final Device internetRouter;
	final Device qualificationRouter;
	final Device regionalServer;
	final Device ct;
	final Device xray;
	final Device retiredPc;
	final List<Device> servers = new ArrayList<>();

	DemoDevices(DemoContext c, DemoZones zones, DemoOrganizations orgs) {
		this.c = c;
		this.zones = zones;
		this.orgs = orgs;

		// the network first: servers and clients hang off it
		coreSwitch = network("core-sw-1", "CORE-SW01", NetworkDeviceType.SWITCH, zones.clinical, "10.10.0.2", "コアスイッチ（電子カルテ系）"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		product(coreSwitch, ALLIED, "AT-x530L-52GTX", AW_PLUS, "5.5.3-0.1"); //$NON-NLS-1$ //$NON-NLS-2$
		Device coreSwitch2 = network("core-sw-2", "CORE-SW02", NetworkDeviceType.SWITCH, zones.administrative, "10.20.0.2", "コアスイッチ（事務系）"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		product(coreSwitch2, ALLIED, "AT-x530L-52GTX", AW_PLUS, "5.5.3-0.1"); //$NON-NLS-1$ //$NON-NLS-2$
		link("core-sw-1/core-sw-2", coreSwitch, coreSwitch2, null, LinkMedium.WIRED, "VLAN 間ルーティング"); //$NON-NLS-1$ //$NON-NLS-2$
		utm = network("utm", "UTM-01", NetworkDeviceType.UTM, zones.dmz, "172.16.0.1", "境界 UTM（インターネット・地域連携）"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		product(utm, "Fortinet", "FortiGate 100F", "FortiOS", "7.4.8"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		utm.setSourceAddressRestriction(Availability.YES);
		utm.setLogSettings(logs(Availability.YES, 365, Availability.YES, "syslog サーバ（サーバ室）")); //$NON-NLS-1$
		link("utm/core-sw-2", utm, coreSwitch2, null, LinkMedium.WIRED, null);
		internetRouter = network("router-internet", "RT-INET01", NetworkDeviceType.ROUTER, zones.dmz, "172.16.0.254", "インターネット回線ルータ"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		product(internetRouter, "NEC", "UNIVERGE IX2215", null, "10.7.18"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		link("router-internet/utm", internetRouter, utm, null, LinkMedium.WIRED, null); //$NON-NLS-1$
		link("router-internet/internet", internetRouter, null, zones.internet, LinkMedium.WIRED, "光回線"); //$NON-NLS-1$ //$NON-NLS-2$
		qualificationRouter = network("router-ons", "RT-ONS01", NetworkDeviceType.ROUTER, zones.administrative, "10.20.0.254", "オンライン資格確認用ルータ"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		product(qualificationRouter, "YAMAHA", "RTX1210", null, "Rev.14.01.38"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		qualificationRouter.setSourceAddressRestriction(Availability.YES);
		link("router-ons/core-sw-2", qualificationRouter, coreSwitch2, null, LinkMedium.WIRED, null); //$NON-NLS-1$

		fortigate = network("fortigate-ehr", "FGT-EHR01", NetworkDeviceType.VPN_GATEWAY, zones.clinical, "10.10.0.250", "電子カルテベンダー保守用 SSL-VPN"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		fortigate.setManufacturer("Fortinet"); //$NON-NLS-1$
		fortigate.setModel("FortiGate 60E"); //$NON-NLS-1$
		fortigate.setOperatingSystem("FortiOS"); //$NON-NLS-1$
		fortigate.setFirmwareVersion("6.0.4"); //$NON-NLS-1$
		fortigate.setManagedBy(orgs.ehrVendor);
		fortigate.setRemoteMaintenance(true);
		fortigate.setInstallDate(LocalDate.of(2019, 3, 20));
		fortigate.setSourceAddressRestriction(Availability.NO);
		fortigate.setLogSettings(logs(Availability.YES, 30, Availability.NO, "機器本体（ベンダーのみ参照可）")); //$NON-NLS-1$
		fortigate.setNotes("導入以来ファームウェア未更新。管理は電子カルテベンダー。"); //$NON-NLS-1$
		link("fortigate/core-sw-1", fortigate, coreSwitch, null, LinkMedium.WIRED, null); //$NON-NLS-1$
		link("fortigate/vendor", fortigate, null, zones.ehrVendorNetwork, LinkMedium.VPN, "SSL-VPN（インターネット経由）"); //$NON-NLS-1$ //$NON-NLS-2$

		catererVpn = network("vpn-catering", "VPN-MEAL01", NetworkDeviceType.VPN_GATEWAY, zones.administrative, "10.20.0.250", "給食委託先との常時接続 VPN ルータ"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		catererVpn.setManagedBy(orgs.caterer);
		catererVpn.setRemoteMaintenance(true);
		catererVpn.setNotes("委託先が設置・管理。設定内容は病院側で把握していない。"); //$NON-NLS-1$
		link("vpn-catering/core-sw-2", catererVpn, coreSwitch2, null, LinkMedium.WIRED, null); //$NON-NLS-1$
		link("vpn-catering/caterer", catererVpn, null, zones.catererNetwork, LinkMedium.VPN, "IPsec 常時接続"); //$NON-NLS-1$ //$NON-NLS-2$

		// servers
		ehrPrimary = server("ehr-1", "EHR-SV01", "電子カルテサーバ（本番）", zones.clinical, "10.10.1.10", orgs.ehrVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		ehrPrimary.getSecuritySoftware().setRunning(Availability.NO);
		ehrPrimary.setNotes("ベンダーの指示でウイルス対策ソフトを停止中。"); //$NON-NLS-1$
		ehrStandby = server("ehr-2", "EHR-SV02", "電子カルテサーバ（待機）", zones.clinical, "10.10.1.11", orgs.ehrVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		receipt = server("receipt", "RECE-SV01", "レセコン", zones.clinical, "10.10.1.20", orgs.ehrVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		pacs = server("pacs", "PACS-SV01", "PACS サーバ", zones.medicalDevices, "10.30.1.10", orgs.medicalDeviceVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Device pacsStorage = device("pacs-storage", "PACS-ST01", DeviceCategory.STORAGE, zones.medicalDevices, "10.30.1.11", "PACS 画像ストレージ"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		pacsStorage.setManagedBy(orgs.medicalDeviceVendor);
		link("pacs/storage", pacs, pacsStorage, null, LinkMedium.WIRED, null); //$NON-NLS-1$
		server("lab", "LAB-SV01", "検査部門システム", zones.clinical, "10.10.1.30", orgs.ehrVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		server("pharmacy", "PHARM-SV01", "薬剤部門システム", zones.clinical, "10.10.1.31", orgs.ehrVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		domainController = server("ad-1", "AD-SV01", "ドメインコントローラ", zones.clinical, "10.10.1.5", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		server("ad-2", "AD-SV02", "ドメインコントローラ（副）", zones.clinical, "10.10.1.6", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		server("file", "FILE-SV01", "ファイルサーバ", zones.administrative, "10.20.1.10", null); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Device backup = device("backup", "BKUP-ST01", DeviceCategory.STORAGE, zones.clinical, "10.10.1.50", "バックアップ装置（電子カルテ）"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		backup.setManagedBy(orgs.ehrVendor);
		link("ehr-1/backup", ehrPrimary, backup, null, LinkMedium.WIRED, null); //$NON-NLS-1$
		mealServer = server("meal", "MEAL-SV01", "給食管理サーバ", zones.administrative, "10.20.1.30", orgs.caterer); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		mealServer.setRemoteMaintenance(true);
		link("meal/vpn", mealServer, catererVpn, null, LinkMedium.WIRED, "常時 RDP 接続あり"); //$NON-NLS-1$ //$NON-NLS-2$
		nurseCallServer = server("nursecall", "NC-SV01", "ナースコールサーバ", zones.medicalDevices, "10.30.1.30", orgs.nurseCallVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		regionalServer = server("regional", "REGION-SV01", "地域医療連携サーバ", zones.dmz, "172.16.0.20", orgs.ehrVendor); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		link("regional/utm", regionalServer, utm, null, LinkMedium.WIRED, null); //$NON-NLS-1$
		Device qualification = client("ons-pc", "ONS-PC01", "オンライン資格確認端末", zones.administrative, "10.20.2.5", "医事課受付"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		link("ons-pc/router", qualification, qualificationRouter, null, LinkMedium.WIRED, null); //$NON-NLS-1$
		for (Device server : servers) {
			Device uplink = server.getZone() == zones.administrative ? coreSwitch2 : server.getZone() == zones.dmz ? utm : coreSwitch;
			if (server != regionalServer) {
				link(server.getName() + "/uplink", server, uplink, null, LinkMedium.WIRED, null); //$NON-NLS-1$
			}
		}

		// floor switches, wireless access points and the client PCs of each ward
		List<Device> edges = new ArrayList<>();
		for (int i = 1; i <= 10; i++) {
			Device edge = network("edge-" + i, String.format(Locale.ROOT, "EDGE-SW%02d", i), NetworkDeviceType.SWITCH, zones.clinical, //$NON-NLS-1$ //$NON-NLS-2$
					"10.10.0." + (10 + i), WARDS[i - 1] + " フロアスイッチ"); //$NON-NLS-1$ //$NON-NLS-2$
			edge.setLocation(WARDS[i - 1]);
			product(edge, ALLIED, "AT-x230-28GT", AW_PLUS, "5.5.3-0.1"); //$NON-NLS-1$ //$NON-NLS-2$
			link("edge-" + i + "/core", edge, coreSwitch, null, LinkMedium.WIRED, null); //$NON-NLS-1$ //$NON-NLS-2$
			edges.add(edge);
		}
		for (int i = 1; i <= 12; i++) {
			Device ap = network("ap-" + i, String.format(Locale.ROOT, "AP%02d", i), NetworkDeviceType.WIRELESS_AP, zones.wireless, //$NON-NLS-1$ //$NON-NLS-2$
					"10.40.0." + (10 + i), "無線 LAN アクセスポイント"); //$NON-NLS-1$ //$NON-NLS-2$
			ap.setLocation(WARDS[(i - 1) % WARDS.length]);
			product(ap, "Buffalo", "WAPM-1266R", null, "1.10"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			ap.setSourceAddressRestriction(i <= 8 ? Availability.YES : Availability.UNKNOWN); // MAC filtering on the ward APs only
			link("ap-" + i + "/edge", ap, edges.get((i - 1) % edges.size()), null, LinkMedium.WIRED, null); //$NON-NLS-1$ //$NON-NLS-2$
			link("ap-" + i + "/guest", ap, null, zones.guest, LinkMedium.WIRELESS, "患者用 SSID"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		for (int i = 1; i <= 70; i++) {
			int ward = (i - 1) % WARDS.length;
			Device pc = client("ehr-pc-" + i, String.format(Locale.ROOT, "EHR-PC%03d", i), "電子カルテ端末", zones.clinical, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"10.10." + (10 + ward) + "." + (100 + i), WARDS[ward]); //$NON-NLS-1$ //$NON-NLS-2$
			link("ehr-pc-" + i + "/edge", pc, edges.get(ward), null, LinkMedium.WIRED, null); //$NON-NLS-1$ //$NON-NLS-2$
		}
		retiredPc = client("ehr-pc-old", "EHR-PC-OLD01", "電子カルテ端末（旧）", zones.clinical, "10.10.10.99", "倉庫"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		retiredPc.setStatus(DeviceStatus.DECOMMISSIONED);
		retiredPc.setOperatingSystem("Windows 7 Professional"); //$NON-NLS-1$
		for (int i = 1; i <= 14; i++) {
			Device pc = client("admin-pc-" + i, String.format(Locale.ROOT, "ADM-PC%02d", i), i <= 8 ? "医事課端末" : "事務部門端末", zones.administrative, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"10.20.2." + (10 + i), i <= 8 ? "医事課" : "事務部"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			link("admin-pc-" + i + "/core", pc, coreSwitch2, null, LinkMedium.WIRED, null); //$NON-NLS-1$ //$NON-NLS-2$
		}

		// medical devices, building IoT and printers
		ct = medical("ct", "CT-01", "CT 装置", "10.30.2.10", "放射線科"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		ct.setOperatingSystem("Windows 7 Embedded（操作卓）"); //$NON-NLS-1$
		ct.setRemoteMaintenance(true);
		ct.setEndOfSupport(LocalDate.of(2020, 1, 14));
		medical("mri", "MRI-01", "MRI 装置", "10.30.2.11", "放射線科"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		xray = medical("xray", "XR-01", "一般撮影装置", "10.30.2.12", "放射線科"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		// a real product line whose service accounts are publicly documented (device catalog, GE Healthcare)
		xray.setManufacturer("GE Healthcare"); //$NON-NLS-1$
		xray.setModel("Definium 6000"); //$NON-NLS-1$
		medical("us", "US-01", "超音波診断装置", "10.30.2.13", "生理検査室"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Device central = medical("monitor-central", "PM-CENTRAL01", "セントラルモニタ", "10.30.3.10", "ICU"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		central.setManagedBy(orgs.nurseCallVendor);
		for (int i = 1; i <= 6; i++) {
			Device bedside = medical("monitor-" + i, String.format(Locale.ROOT, "PM-BED%02d", i), "ベッドサイドモニタ", "10.30.3." + (10 + i), "ICU"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			link("monitor-" + i + "/central", bedside, central, null, LinkMedium.WIRED, null); //$NON-NLS-1$ //$NON-NLS-2$
		}
		Device nurseCall = device("nursecall-master", "NC-01", DeviceCategory.IOT, zones.medicalDevices, "10.30.1.31", "ナースコール親機"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		nurseCall.setManagedBy(orgs.nurseCallVendor);
		link("nursecall/server", nurseCall, nurseCallServer, null, LinkMedium.WIRED, null); //$NON-NLS-1$
		for (int i = 1; i <= 3; i++) {
			Device camera = device("camera-" + i, String.format(Locale.ROOT, "CAM%02d", i), DeviceCategory.IOT, zones.administrative, "10.20.5." + (10 + i), "監視カメラ"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			camera.setManagedBy(orgs.buildingService);
		}
		for (int i = 1; i <= 6; i++) {
			boolean clinic = i <= 4;
			Device printer = device("printer-" + i, String.format(Locale.ROOT, "PRN%02d", i), DeviceCategory.PRINTER, //$NON-NLS-1$ //$NON-NLS-2$
					clinic ? zones.clinical : zones.administrative, (clinic ? "10.10.9." : "10.20.9.") + (10 + i), "複合機"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			printer.setLocation(clinic ? WARDS[i] : "事務部"); //$NON-NLS-1$
		}
	}

	/** The real product of a network device: what the integrator reads off the label and the device's status page. */
	private static void product(Device d, String manufacturer, String model, String os, String firmware) {
		d.setManufacturer(manufacturer);
		d.setModel(model);
		d.setOperatingSystem(os);
		d.setFirmwareVersion(firmware);
	}

	private Device device(String key, String name, DeviceCategory category, Zone zone, String ip, String role) {
		Device d = c.withId(c.f.createDevice(), "device/" + key); //$NON-NLS-1$
		d.setName(name);
		d.setCategory(category);
		d.setZone(zone);
		d.setRole(role);
		d.getIpAddresses().add(ip);
		d.getMacAddresses().add(c.mac());
		d.setSerialNumber(c.serial("SN")); //$NON-NLS-1$
		d.setLocation(SERVER_ROOM);
		d.setInstallDate(LocalDate.of(2019, 4, 1).plusDays(c.random.nextInt(1500)));
		c.workbook.getDevices().add(d);
		return d;
	}

	private Device network(String key, String name, NetworkDeviceType type, Zone zone, String ip, String role) {
		Device d = device(key, name, DeviceCategory.NETWORK_DEVICE, zone, ip, role);
		d.setNetworkType(type);
		d.setManufacturer("Sample Networks"); //$NON-NLS-1$
		d.setModel(type == NetworkDeviceType.WIRELESS_AP ? "SN-AP620" : type == NetworkDeviceType.SWITCH ? "SN-SW3800" : "SN-R900"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		d.setManagedBy(orgs.networkIntegrator);
		d.setUnneededServicesDisabled(Availability.YES);
		return d;
	}

	private Device server(String key, String name, String role, Zone zone, String ip, Organization vendor) {
		Device d = device(key, name, DeviceCategory.SERVER, zone, ip, role);
		d.setManufacturer("ミライ電機"); //$NON-NLS-1$
		d.setModel("MX-Server 520"); //$NON-NLS-1$
		d.setOperatingSystem(c.random.nextBoolean() ? "Windows Server 2016" : "Windows Server 2019"); //$NON-NLS-1$ //$NON-NLS-2$
		d.setManagedBy(vendor);
		d.setRemoteMaintenance(vendor == orgs.ehrVendor);
		d.setSecuritySoftware(antivirus(LocalDate.of(2025, 6, 1).minusDays(c.random.nextInt(20))));
		d.setLogSettings(logs(Availability.YES, 90, Availability.UNKNOWN, "サーバ本体")); //$NON-NLS-1$
		d.setUnneededServicesDisabled(Availability.UNKNOWN);
		d.setRemovableMediaRestricted(Availability.NO);
		servers.add(d);
		return d;
	}

	private Device client(String key, String name, String role, Zone zone, String ip, String location) {
		Device d = device(key, name, DeviceCategory.CLIENT_PC, zone, ip, role);
		d.setManufacturer("ミライ電機"); //$NON-NLS-1$
		d.setModel("MX-Desk 3"); //$NON-NLS-1$
		d.setOperatingSystem("Windows 10 Enterprise LTSC 2019"); //$NON-NLS-1$
		d.setLocation(location);
		d.setSecuritySoftware(antivirus(LocalDate.of(2025, 6, 1).minusDays(c.random.nextInt(40))));
		d.setRemovableMediaRestricted(zone == zones.clinical ? Availability.YES : Availability.NO);
		d.setUnneededServicesDisabled(Availability.UNKNOWN);
		return d;
	}

	private Device medical(String key, String name, String role, String ip, String location) {
		Device d = device(key, name, DeviceCategory.MEDICAL_DEVICE, zones.medicalDevices, ip, role);
		d.setManufacturer("東和メディカル"); //$NON-NLS-1$
		d.setManagedBy(orgs.medicalDeviceVendor);
		d.setLocation(location);
		return d;
	}

	private SecuritySoftware antivirus(LocalDate definitions) {
		SecuritySoftware av = c.f.createSecuritySoftware();
		av.setProduct(AV_PRODUCT);
		av.setDefinitionDate(definitions);
		av.setRunning(Availability.YES);
		return av;
	}

	private LogSettings logs(Availability enabled, int days, Availability tamperProtection, String where) {
		LogSettings logs = c.f.createLogSettings();
		logs.setEnabled(enabled);
		logs.setRetentionDays(days);
		logs.setTamperProtection(tamperProtection);
		logs.setStorageLocation(where);
		return logs;
	}

	private void link(String key, Device source, Device target, Zone targetZone, LinkMedium medium, String description) {
		Link link = c.withId(c.f.createLink(), "link/" + key); //$NON-NLS-1$
		link.setSource(source);
		link.setTargetDevice(target);
		link.setTargetZone(targetZone);
		link.setMedium(medium);
		link.setDescription(description);
		c.workbook.getLinks().add(link);
	}
}
