package io.sekisho.core.demo;

import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.OrganizationRole;

/** The vendors and integrators of the demo hospital (all fictional). */
final class DemoOrganizations {

	final Organization ehrVendor;
	final Organization networkIntegrator;
	final Organization medicalDeviceVendor;
	final Organization nurseCallVendor;
	final Organization caterer;
	final Organization buildingService;

	DemoOrganizations(DemoContext c) {
		ehrVendor = add(c, "ehr", "みらいメディカルシステム株式会社", "ミライメディカルシステム", OrganizationRole.EHR, true, true, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"電子カルテ・レセコン・部門システムの導入と保守。FortiGate 経由でリモート保守。"); //$NON-NLS-1$
		ehrVendor.setContact(DemoFacility.person(c, "保守 一郎", "ホシュ イチロウ", "Ichiro Hoshu", "カスタマーサポート", "support@mirai-medical.example")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		networkIntegrator = add(c, "network", "ひかりネットワークサービス株式会社", "ヒカリネットワークサービス", OrganizationRole.NETWORK, false, true, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"院内ネットワーク・UTM・無線 LAN の構築と保守（オンサイト）。"); //$NON-NLS-1$
		networkIntegrator.setContact(DemoFacility.person(c, "網 二郎", "アミ ジロウ", "Jiro Ami", "SE", "noc@hikari-ns.example")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		medicalDeviceVendor = add(c, "modality", "東和メディカル機器株式会社", "トウワメディカルキキ", OrganizationRole.MEDICAL_DEVICE, true, false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"CT・MRI・PACS の保守。CT はメーカー網からリモート監視。"); //$NON-NLS-1$
		nurseCallVendor = add(c, "nursecall", "あおば通信株式会社", "アオバツウシン", OrganizationRole.MEDICAL_DEVICE, false, false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"ナースコール・患者モニタ連携。"); //$NON-NLS-1$
		caterer = add(c, "catering", "株式会社まごころ給食", "マゴコロキュウショク", OrganizationRole.CATERING, true, false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"給食業務委託。自社データセンターと常時接続 VPN で給食管理サーバを運用。"); //$NON-NLS-1$
		caterer.setContact(DemoFacility.person(c, "配膳 花子", "ハイゼン ハナコ", "Hanako Haizen", "栄養課担当", null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		buildingService = add(c, "building", "厚労ビルサービス株式会社", "コウロウビルサービス", OrganizationRole.FACILITY_MANAGEMENT, false, false, //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				"設備管理（監視カメラ・入退室）。"); //$NON-NLS-1$
	}

	private static Organization add(DemoContext c, String key, String name, String kana, OrganizationRole role, boolean remote, boolean disclosure,
			String notes) {
		Organization o = c.withId(c.f.createOrganization(), "organization/" + key); //$NON-NLS-1$
		o.setName(name);
		o.setNameKana(kana);
		o.setRole(role);
		o.setRemoteMaintenance(remote);
		o.setDisclosureObtained(disclosure);
		o.setNotes(notes);
		c.workbook.getOrganizations().add(o);
		return o;
	}
}
