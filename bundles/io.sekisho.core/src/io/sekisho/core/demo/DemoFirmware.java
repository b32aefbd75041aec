package io.sekisho.core.demo;

import java.time.LocalDate;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FirmwareRecord;

/** What the integrator wrote into the demo hospital's firmware register; matching fills the rest. */
final class DemoFirmware {

	private static final LocalDate CHECKED = LocalDate.of(2025, 6, 2);

	private final DemoContext c;
	private final DemoDevices devices;

	DemoFirmware(DemoContext c, DemoDevices devices) {
		this.c = c;
		this.devices = devices;
	}

	/**
	 * Only what the integrator writes: plans, dates and the vendor's mitigation. Status, vulnerabilities and the
	 * findings come from matching (the firmware module's demo completion matches the shipped snapshot).
	 */
	void build() {
		FirmwareRecord fortios = record(devices.fortigate, null, "6.0.4", null); //$NON-NLS-1$
		fortios.setUpdatePlan("電子カルテベンダーと更新日程を調整中（動作確認後に 6.0 系の最新版へ更新）"); //$NON-NLS-1$
		fortios.setPlannedUpdate(LocalDate.of(2025, 9, 30));
		fortios.setVendorMitigation("更新までの間、保守時以外は SSL-VPN を無効化し、全 VPN アカウントのパスワードを変更する"); //$NON-NLS-1$

		record(devices.catererVpn, null, null, null).setUpdatePlan("委託先に機種・版数の開示を依頼中"); //$NON-NLS-1$
		record(devices.qualificationRouter, null, "Rev.14.01.38", null).setUpdatePlan("回線業者の定期保守で更新予定"); //$NON-NLS-1$ //$NON-NLS-2$
		FirmwareRecord ct = record(devices.ct, null, "Windows 7 Embedded", null); //$NON-NLS-1$
		ct.setVendorMitigation("医療機器 LAN から外部へ出られないよう UTM で遮断。メーカーの更新版提供待ち。"); //$NON-NLS-1$
	}

	private FirmwareRecord record(Device device, String productId, String installed, String latest) {
		FirmwareRecord record = c.withId(c.f.createFirmwareRecord(), "firmware/" + device.getName()); //$NON-NLS-1$
		record.setDevice(device);
		record.setProductId(productId);
		record.setInstalledVersion(installed);
		record.setLatestVersion(latest);
		record.setCheckedOn(CHECKED);
		c.workbook.getFirmwareRecords().add(record);
		return record;
	}
}
