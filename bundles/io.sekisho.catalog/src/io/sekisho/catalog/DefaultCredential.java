package io.sekisho.catalog;

import java.util.Locale;

/**
 * A published default password with the products it belongs to, as the password checker needs it.
 *
 * @param password the password as published
 * @param vendor   the vendor in English and Japanese
 * @param product  the product (model or product family)
 */
public record DefaultCredential(String password, String vendor, String vendorJa, String product, String productJa) {

	/** "GE ヘルスケア 画像診断・…機器" / "GE Healthcare Imaging … systems". */
	public String label(Locale locale) {
		boolean ja = "ja".equals(locale.getLanguage()); //$NON-NLS-1$
		return (ja ? vendorJa : vendor) + " " + (ja ? productJa : product); //$NON-NLS-1$
	}
}
