package io.sekisho.ui.internal.editor;

import java.util.Locale;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;

import io.sekisho.catalog.CatalogEntry;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage.Literals;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.ui.internal.Messages;

/**
 * A model picked from the device catalog, written into a device: manufacturer and model as the catalog names
 * them (the firmware register finds the product's CPE names from these), category, network type and end of
 * support. One command, so one undo.
 */
final class CatalogModels {

	private CatalogModels() {
	}

	static Command apply(EditingDomain domain, Device device, CatalogEntry entry) {
		CompoundCommand command = new CompoundCommand(Messages.Devices_pickModel);
		command.append(SetCommand.create(domain, device, Literals.DEVICE__MANUFACTURER, entry.vendor()));
		command.append(SetCommand.create(domain, device, Literals.DEVICE__MODEL, entry.model()));
		command.append(SetCommand.create(domain, device, Literals.DEVICE__CATEGORY, entry.category()));
		if (entry.networkType() != NetworkDeviceType.NONE) {
			command.append(SetCommand.create(domain, device, Literals.DEVICE__NETWORK_TYPE, entry.networkType()));
		}
		entry.endOfSupport().ifPresent(d -> command.append(SetCommand.create(domain, device, Literals.DEVICE__END_OF_SUPPORT, d)));
		return command;
	}

	/** "フォーティネット FortiGate 60E（ネットワーク機器）" in the picker's list. */
	static String label(CatalogEntry entry, Locale locale) {
		return entry.label(locale);
	}
}
