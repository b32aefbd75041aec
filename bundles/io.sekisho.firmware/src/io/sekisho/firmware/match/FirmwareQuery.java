package io.sekisho.firmware.match;

import java.util.List;

/**
 * What is known of a device's firmware: the CPE products it may be listed under (the first is its own, the others
 * aliases: OEM rebrands, renamed vendors), the version as the device prints it, and the hardware it runs on (empty
 * when not known).
 */
public record FirmwareQuery(List<Product> firmware, String versionText, List<Product> hardware) {

	public FirmwareQuery {
		firmware = List.copyOf(firmware);
		hardware = List.copyOf(hardware);
	}

	/** @return the device's own firmware product */
	public Product primary() {
		return firmware.get(0);
	}
}
