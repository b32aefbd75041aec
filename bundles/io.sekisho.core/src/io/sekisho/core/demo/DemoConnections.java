package io.sekisho.core.demo;

import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ConnectionMode;
import io.sekisho.model.facility.ConnectionPurpose;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.Organization;
import io.sekisho.model.facility.Zone;

/** The connections of the demo hospital to the outside. */
final class DemoConnections {

	private final DemoContext c;
	private final DemoZones zones;
	private final DemoOrganizations orgs;
	private final DemoDevices devices;

	DemoConnections(DemoContext c, DemoZones zones, DemoOrganizations orgs, DemoDevices devices) {
		this.c = c;
		this.zones = zones;
		this.orgs = orgs;
		this.devices = devices;
	}

	void build() {
		ExternalConnection ehr = add("ehr-maintenance", "電子カルテ リモート保守", devices.fortigate, ConnectionPurpose.REMOTE_MAINTENANCE, orgs.ehrVendor, //$NON-NLS-1$ //$NON-NLS-2$
				zones.ehrVendorNetwork, ConnectionMode.ON_DEMAND);
		ehr.setSourceRestriction(Availability.NO);
		ehr.setMultiFactorAuthentication(Availability.NO);
		ehr.setLogging(Availability.YES);
		ehr.setApprovalProcedure("保守作業の前にベンダーが情報システム室へ電話連絡（記録なし）"); //$NON-NLS-1$

		// always on, set up by the contractor; nobody at the hospital knows how it is protected
		ExternalConnection catering = add("catering", "給食委託先 常時接続 VPN", devices.catererVpn, ConnectionPurpose.OTHER, orgs.caterer, //$NON-NLS-1$ //$NON-NLS-2$
				zones.catererNetwork, ConnectionMode.ALWAYS_ON);
		catering.setMultiFactorAuthentication(Availability.NO);

		ExternalConnection internet = add("internet", "インターネット接続", devices.utm, ConnectionPurpose.INTERNET, null, zones.internet, //$NON-NLS-1$ //$NON-NLS-2$
				ConnectionMode.ALWAYS_ON);
		internet.setSourceRestriction(Availability.NOT_APPLICABLE);
		internet.setMultiFactorAuthentication(Availability.NOT_APPLICABLE);
		internet.setLogging(Availability.YES);

		ExternalConnection qualification = add("online-qualification", "オンライン資格確認", devices.qualificationRouter, //$NON-NLS-1$ //$NON-NLS-2$
				ConnectionPurpose.ONLINE_QUALIFICATION, null, zones.internet, ConnectionMode.ALWAYS_ON);
		qualification.setSourceRestriction(Availability.YES);
		qualification.setSourceRestrictionDetail("閉域網（IP-VPN）経由のみ"); //$NON-NLS-1$
		qualification.setMultiFactorAuthentication(Availability.NOT_APPLICABLE);
		qualification.setLogging(Availability.YES);

		ExternalConnection regional = add("regional", "地域医療連携ネットワーク", devices.regionalServer, ConnectionPurpose.REGIONAL_NETWORK, orgs.ehrVendor, //$NON-NLS-1$ //$NON-NLS-2$
				zones.internet, ConnectionMode.ALWAYS_ON);
		regional.setSourceRestriction(Availability.YES);
		regional.setSourceRestrictionDetail("連携先センターの固定 IP のみ（UTM で制限）"); //$NON-NLS-1$
		regional.setMultiFactorAuthentication(Availability.YES);
		regional.setLogging(Availability.YES);
	}

	private ExternalConnection add(String key, String name, Device gateway, ConnectionPurpose purpose, Organization counterpart, Zone zone, ConnectionMode mode) {
		ExternalConnection connection = c.withId(c.f.createExternalConnection(), "connection/" + key); //$NON-NLS-1$
		connection.setName(name);
		connection.setGateway(gateway);
		connection.setPurpose(purpose);
		connection.setCounterpart(counterpart);
		connection.setZone(zone);
		connection.setMode(mode);
		c.workbook.getExternalConnections().add(connection);
		return connection;
	}
}
