package jp.co.samplemedical.sekisho.internal;

import java.util.List;
import java.util.Optional;

import io.sekisho.catalog.CatalogEntry;
import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.FacilityWorkbook;

/** The devices of a facility that Sekisho's device catalog identifies as Sample Medical products. */
final class OurDevices {

	static final String VENDOR = "Sample Medical"; //$NON-NLS-1$
	static final String GATEWAY = "SM-Link"; //$NON-NLS-1$

	private OurDevices() {
	}

	static Optional<CatalogEntry> product(Device device) {
		return DeviceCatalog.fromPlatform().find(device.getManufacturer(), device.getModel())
				.filter(e -> VENDOR.equals(e.vendor()));
	}

	/** Our devices in use (not decommissioned), in the facility's order. */
	static List<Device> of(FacilityWorkbook workbook) {
		return workbook.getDevices().stream().filter(d -> d.getStatus() != DeviceStatus.DECOMMISSIONED)
				.filter(d -> product(d).isPresent()).toList();
	}

	static boolean isGateway(Device device) {
		return product(device).map(e -> GATEWAY.equals(e.model())).orElse(false);
	}
}
