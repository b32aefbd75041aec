package io.sekisho.catalog;

import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.NetworkDeviceType;

/**
 * One product of a device catalog.
 *
 * @param vendor      the manufacturer as written in English (and in the facility model's manufacturer field)
 * @param vendorJa    the manufacturer in Japanese, or the English name when the catalog gives none
 * @param model       the model name as the vendor writes it
 * @param modelJa     the model name in Japanese where it differs (a product family), else the model name
 * @param aliases     other names of the same product (OEM rebrands, older names)
 * @param versionScheme id of the firmware version normaliser (io.sekisho.firmware.versions), empty when unknown
 * @param contributor the bundle that contributed the catalog file
 */
public record CatalogEntry(String vendor, String vendorJa, String model, String modelJa, List<Alias> aliases, DeviceCategory category,
		NetworkDeviceType networkType, Optional<String> hardwareCpe, Optional<String> firmwareCpe,
		Optional<String> versionScheme, Optional<LocalDate> endOfSale, Optional<LocalDate> endOfSupport,
		List<DefaultAccount> accounts, String contributor) {

	/** Another vendor and model name of the same product. */
	public record Alias(String vendor, String model) {
	}

	public CatalogEntry {
		aliases = List.copyOf(aliases);
		accounts = List.copyOf(accounts);
	}

	/** "フォーティネット FortiGate 60E" or "Fortinet FortiGate 60E". */
	public String label(Locale locale) {
		return vendorName(locale) + " " + modelName(locale); //$NON-NLS-1$
	}

	public String modelName(Locale locale) {
		return "ja".equals(locale.getLanguage()) ? modelJa : model; //$NON-NLS-1$
	}

	public String vendorName(Locale locale) {
		return "ja".equals(locale.getLanguage()) ? vendorJa : vendor; //$NON-NLS-1$
	}

	/** Whether support has ended before {@code day}. Unknown end of support is not "ended". */
	public boolean isPastEndOfSupport(LocalDate day) {
		return endOfSupport.map(d -> d.isBefore(day)).orElse(false);
	}
}
