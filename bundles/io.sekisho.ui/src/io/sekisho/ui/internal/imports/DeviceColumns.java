package io.sekisho.ui.internal.imports;

import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__CATEGORY;
import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__END_OF_SUPPORT;
import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__FIRMWARE_VERSION;
import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__IP_ADDRESSES;
import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__LOCATION;
import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__MAC_ADDRESSES;
import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__MANUFACTURER;
import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__MODEL;
import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__OPERATING_SYSTEM;
import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__REMOTE_MAINTENANCE;
import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__ROLE;
import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__STATUS;
import static io.sekisho.model.facility.FacilityPackage.Literals.NAMED__NAME;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.emf.ecore.EAttribute;

import io.sekisho.ui.internal.Messages;

/**
 * The fields of a device a hospital's list can fill, and the guess which of the list's columns holds which: by the
 * devices page's own column titles and the words Japanese 台帳 use (機器名, 種別, 型番, 設置場所…), compared after
 * NFKC normalisation without case, spaces and punctuation.
 */
final class DeviceColumns {

	/** A field of the device and the header words that name it. */
	record Target(EAttribute feature, String label, List<String> words) {
	}

	static final List<Target> TARGETS = List.of(
			target(NAMED__NAME, Messages.Devices_name, "機器名", "名称", "名前", "ホスト名", "端末名", "機器", "name", "hostname", "devicename"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			target(DEVICE__CATEGORY, Messages.Devices_category, "種別", "分類", "機器種別", "区分", "category", "type"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			target(DEVICE__ROLE, Messages.Devices_role, "用途", "役割", "role", "purpose"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			target(DEVICE__STATUS, Messages.Devices_status, "状態", "稼働状況", "status"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			target(DEVICE__IP_ADDRESSES, Messages.Devices_ip, "ipアドレス", "ip", "ipaddress"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			target(DEVICE__MAC_ADDRESSES, Messages.Devices_mac, "macアドレス", "mac", "macaddress"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			target(DEVICE__MANUFACTURER, Messages.Devices_manufacturer, "メーカー", "製造元", "製造者", "メーカー名", "manufacturer", "vendor", "maker"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			target(DEVICE__MODEL, Messages.Devices_model, "機種", "型番", "型式", "モデル", "model"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
			target(DEVICE__LOCATION, Messages.Devices_location, "設置場所", "場所", "設置先", "location"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			target(DEVICE__REMOTE_MAINTENANCE, Messages.Devices_remoteMaintenance, "リモート保守", "リモートメンテナンス", "remotemaintenance"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			target(DEVICE__OPERATING_SYSTEM, Messages.Devices_os, "os", "オペレーティングシステム", "operatingsystem"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			target(DEVICE__FIRMWARE_VERSION, Messages.Devices_firmware, "ファームウェア", "ファームウェアバージョン", "バージョン", "firmware", "version", "firmwareversion"), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			target(DEVICE__END_OF_SUPPORT, Messages.Devices_endOfSupport, "サポート終了日", "サポート期限", "保守期限", "endofsupport", "eos")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$

	private DeviceColumns() {
	}

	private static Target target(EAttribute feature, String label, String... words) {
		List<String> all = new ArrayList<>(List.of(words));
		all.add(label);
		return new Target(feature, label, all.stream().map(DeviceColumns::normalize).toList());
	}

	static String normalize(String header) {
		return Normalizer.normalize(header, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT).replaceAll("[\\s・_\\-:：()（）]", ""); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return per source column the target it names, or {@code null}; each target at most once (the first column wins) */
	static List<Target> guess(List<String> headers) {
		List<Target> mapping = new ArrayList<>();
		List<Target> taken = new ArrayList<>();
		for (String header : headers) {
			String key = normalize(header);
			Target found = key.isEmpty() ? null
					: TARGETS.stream().filter(t -> !taken.contains(t) && t.words().contains(key)).findFirst().orElse(null);
			if (found != null) {
				taken.add(found);
			}
			mapping.add(found);
		}
		return mapping;
	}
}
