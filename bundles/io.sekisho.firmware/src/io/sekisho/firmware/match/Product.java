package io.sekisho.firmware.match;

import java.util.Locale;

/**
 * A CPE vendor and product, lower case as NVD spells them ({@code fortinet:fortios},
 * {@code yamaha:rtx1210_firmware}, {@code h}-part names like {@code fortinet:fortigate-60e}).
 */
public record Product(String vendor, String product) {

	public Product {
		vendor = vendor == null ? "" : vendor.toLowerCase(Locale.ROOT); //$NON-NLS-1$
		product = product == null ? "" : product.toLowerCase(Locale.ROOT); //$NON-NLS-1$
	}

	@Override
	public String toString() {
		return vendor + ':' + product;
	}
}
