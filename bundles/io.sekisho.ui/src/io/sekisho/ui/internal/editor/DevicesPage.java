package io.sekisho.ui.internal.editor;

import static io.sekisho.model.facility.FacilityPackage.Literals.*;

import java.util.List;

import org.eclipse.emf.ecore.EReference;

import io.sekisho.ui.editor.Column;
import io.sekisho.ui.internal.Messages;

/** The asset register (checklist 2-(1)): every server, PC, network and medical device. */
public final class DevicesPage extends TablePage {

	@Override
	protected EReference list() {
		return FACILITY_WORKBOOK__DEVICES;
	}

	@Override
	protected String heading() {
		return Messages.Devices_heading;
	}

	@Override
	protected List<Column> columns() {
		return List.of(
				Column.of(Messages.Devices_name, NAMED__NAME, 160),
				Column.of(Messages.Devices_category, DEVICE__CATEGORY, 110),
				Column.of(Messages.Devices_networkType, DEVICE__NETWORK_TYPE, 100),
				Column.of(Messages.Devices_role, DEVICE__ROLE, 140),
				Column.of(Messages.Devices_status, DEVICE__STATUS, 90),
				Column.of(Messages.Devices_zone, DEVICE__ZONE, 130),
				Column.of(Messages.Devices_ip, DEVICE__IP_ADDRESSES, 120),
				Column.of(Messages.Devices_mac, DEVICE__MAC_ADDRESSES, 140),
				Column.of(Messages.Devices_manufacturer, DEVICE__MANUFACTURER, 110),
				Column.of(Messages.Devices_model, DEVICE__MODEL, 110),
				Column.of(Messages.Devices_location, DEVICE__LOCATION, 110),
				Column.of(Messages.Devices_managedBy, DEVICE__MANAGED_BY, 130),
				Column.of(Messages.Devices_remoteMaintenance, DEVICE__REMOTE_MAINTENANCE, 80),
				Column.of(Messages.Devices_os, DEVICE__OPERATING_SYSTEM, 110),
				Column.of(Messages.Devices_firmware, DEVICE__FIRMWARE_VERSION, 90),
				Column.of(Messages.Devices_sourceRestriction, DEVICE__SOURCE_ADDRESS_RESTRICTION, 80),
				Column.of(Messages.Devices_media, DEVICE__REMOVABLE_MEDIA_RESTRICTED, 80),
				Column.of(Messages.Devices_endOfSupport, DEVICE__END_OF_SUPPORT, 100));
	}
}
