package io.sekisho.core.demo;

import java.time.LocalDate;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Severity;
import io.sekisho.model.facility.Vulnerability;

/** The firmware register of the demo hospital; the FortiGate's entry is what the checklist's firmware item relies on. */
final class DemoFirmware {

	private static final LocalDate CHECKED = LocalDate.of(2025, 6, 2);

	private final DemoContext c;
	private final DemoDevices devices;

	DemoFirmware(DemoContext c, DemoDevices devices) {
		this.c = c;
		this.devices = devices;
	}

	void build() {
		FirmwareRecord fortios = record(devices.fortigate, "cpe:2.3:o:fortinet:fortios:6.0.4:*:*:*:*:*:*:*", "6.0.4", null, FirmwareStatus.VULNERABLE); //$NON-NLS-1$ //$NON-NLS-2$
		Vulnerability pathTraversal = c.f.createVulnerability();
		pathTraversal.setCveId("CVE-2018-13379"); //$NON-NLS-1$
		pathTraversal.setSeverity(Severity.CRITICAL);
		pathTraversal.setKnownExploited(true);
		pathTraversal.setFixedIn("6.0.5"); //$NON-NLS-1$
		pathTraversal.setSummary("SSL-VPN ウェブポータルのパストラバーサル。認証なしでシステムファイル（VPN 利用者の認証情報を含む）を読み出される。FortiOS 6.0.0～6.0.4 が該当。"); //$NON-NLS-1$
		fortios.getVulnerabilities().add(pathTraversal);
		fortios.setUpdatePlan("電子カルテベンダーと更新日程を調整中（動作確認後に 6.0 系の最新版へ更新）"); //$NON-NLS-1$
		fortios.setPlannedUpdate(LocalDate.of(2025, 9, 30));
		fortios.setVendorMitigation("更新までの間、保守時以外は SSL-VPN を無効化し、全 VPN アカウントのパスワードを変更する"); //$NON-NLS-1$

		record(devices.catererVpn, null, null, null, FirmwareStatus.UNKNOWN).setUpdatePlan("委託先に機種・版数の開示を依頼中"); //$NON-NLS-1$
		record(devices.utm, "sample-networks:utm-os", "3.2.1", "3.2.1", FirmwareStatus.CURRENT); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		record(devices.coreSwitch, "sample-networks:switch-os", "2.4.0", "2.6.1", FirmwareStatus.UPDATE_AVAILABLE) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.setUpdatePlan("年次保守（2025年11月）で更新"); //$NON-NLS-1$
		FirmwareRecord ct = record(devices.ct, null, "Windows 7 Embedded", null, FirmwareStatus.END_OF_SUPPORT); //$NON-NLS-1$
		ct.setVendorMitigation("医療機器 LAN から外部へ出られないよう UTM で遮断。メーカーの更新版提供待ち。"); //$NON-NLS-1$
	}

	private FirmwareRecord record(Device device, String productId, String installed, String latest, FirmwareStatus status) {
		FirmwareRecord record = c.withId(c.f.createFirmwareRecord(), "firmware/" + device.getName()); //$NON-NLS-1$
		record.setDevice(device);
		record.setProductId(productId);
		record.setInstalledVersion(installed);
		record.setLatestVersion(latest);
		record.setStatus(status);
		record.setCheckedOn(CHECKED);
		c.workbook.getFirmwareRecords().add(record);
		return record;
	}
}
