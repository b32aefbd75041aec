package io.sekisho.catalog.internal.checks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.sekisho.catalog.CatalogEntry;
import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.catalog.internal.Messages;
import io.sekisho.core.checks.CheckContext;
import io.sekisho.core.checks.FacilityCheck;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;

/**
 * A device in use or planned whose product's support has ended according to the device catalog, while the
 * facility recorded no end of support for it (a recorded date is the model's own check; it is not repeated here).
 */
public final class EndOfSupportCheck implements FacilityCheck {

	@Override
	public List<Problem> check(FacilityWorkbook workbook, CheckContext context) {
		DeviceCatalog catalog = DeviceCatalog.fromPlatform();
		Locale locale = Locale.getDefault();
		List<Problem> problems = new ArrayList<>();
		for (Device device : workbook.getDevices()) {
			if (device.getStatus() == DeviceStatus.DECOMMISSIONED || device.getEndOfSupport() != null) {
				continue;
			}
			Optional<CatalogEntry> entry = catalog.find(device.getManufacturer(), device.getModel());
			if (entry.isPresent() && entry.get().isPastEndOfSupport(context.today())) {
				problems.add(context.warning(device, NLS.bind(Messages.Catalog_endOfSupport,
						new Object[] { device.getName(), entry.get().label(locale), entry.get().endOfSupport().orElseThrow() })));
			}
		}
		return problems;
	}
}
