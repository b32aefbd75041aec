package io.sekisho.firmware.identify;

import java.util.Optional;

import io.sekisho.firmware.match.DeviceProducts;
import io.sekisho.firmware.match.DeviceProducts.Products;

/**
 * What a device's own output says about it.
 *
 * @param source which output was read ({@code fortigate-system-status}, {@code yamaha-show-environment},
 *            {@code cisco-show-version}, {@code panos-show-system-info}, {@code nec-ix-show-version},
 *            {@code allied-telesis-show-system}, {@code junos-show-version}, {@code snmp-sysdescr})
 * @param manufacturer the manufacturer as Sekisho's device list writes it
 * @param operatingSystem the firmware's name (FortiOS, IOS XE...)
 * @param hostname the device's host name when it printed one, else null
 * @param serial the serial number when printed, else null
 */
public record Identification(String source, String manufacturer, String model, String operatingSystem, String version, String hostname,
		String serial) {

	/** @return the firmware and hardware products of the identified device */
	public Optional<Products> products() {
		return DeviceProducts.of(manufacturer, model, operatingSystem, null, null);
	}

	/** @return the CPE 2.3 name of the firmware with the printed version, or empty when the product is unknown */
	public Optional<String> firmwareCpe() {
		return products().map(p -> "cpe:2.3:o:" + p.firmware().get(0).vendor() + ':' + p.firmware().get(0).product() + ':' //$NON-NLS-1$
				+ CpeText.escape(version) + ":*:*:*:*:*:*:*"); //$NON-NLS-1$
	}

	/** @return the CPE 2.3 name of the hardware, or empty when not known */
	public Optional<String> hardwareCpe() {
		return products().filter(p -> !p.hardware().isEmpty()).map(p -> DeviceProducts.cpe('h', p.hardware().get(0)));
	}

	/** @return the CPE vendor, or empty when Sekisho does not know the manufacturer */
	public Optional<String> vendor() {
		return DeviceProducts.vendor(manufacturer);
	}
}
