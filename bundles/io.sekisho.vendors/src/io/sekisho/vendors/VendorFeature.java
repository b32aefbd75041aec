package io.sekisho.vendors;

import java.util.Locale;
import java.util.Map;

/**
 * A feature a vendor's p2 repository offers, as its metadata names it.
 *
 * @param id the feature's id without p2's ".feature.group" suffix
 * @param names the feature's name per language ("" for the default), as the repository's metadata gives them
 */
public record VendorFeature(String id, String version, Map<String, String> names) {

	/** @return the name in the language of {@code locale}, else the default name, else the id */
	public String name(Locale locale) {
		String name = names.get(locale.getLanguage());
		if (name == null || name.isBlank()) {
			name = names.get(""); //$NON-NLS-1$
		}
		return name == null || name.isBlank() ? id : name;
	}
}
