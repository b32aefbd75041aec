package jp.co.samplemedical.sekisho.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import io.sekisho.catalog.CatalogEntry;
import io.sekisho.model.facility.Device;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.sheet.TableWriter;

/**
 * 保守作業記録: a form with one row per Sample Medical device, the work columns left for the hospital and our
 * engineers to fill in. Nothing here is derived from a password.
 */
public final class MaintenanceLogSheet implements SheetContributor {

	@Override
	public void contribute(ExportContext context) {
		Handover handover = context.data(Handover.class).orElseThrow();
		List<Device> ours = OurDevices.of(handover.facility());
		if (ours.isEmpty()) {
			return;
		}
		Locale locale = context.language().locale();
		TableWriter table = context.createTable(Messages.text(Messages.Sheet_name, locale),
				Messages.text(Messages.Sheet_description, locale));
		table.header(Arrays.asList(Messages.text(Messages.Sheet_columns, locale).split("\\|"))); //$NON-NLS-1$
		for (Device device : ours) {
			String model = OurDevices.product(device).map(e -> e.modelName(locale)).orElse(device.getModel());
			String remote = Messages.text(device.isRemoteMaintenance() ? Messages.Sheet_remote : Messages.Sheet_onSite, locale);
			table.row().text(device.getName()).text(model).text(device.getLocation()).text(remote)
					.empty(table.styles().inputDate()).empty(table.styles().input()).empty(table.styles().input())
					.empty(table.styles().input());
		}
		table.finish();
	}

	/** For tests: the products this sheet lists. */
	static List<CatalogEntry> products(List<Device> devices) {
		return devices.stream().flatMap(d -> OurDevices.product(d).stream()).toList();
	}
}
