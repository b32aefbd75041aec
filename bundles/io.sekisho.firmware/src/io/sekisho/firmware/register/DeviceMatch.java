package io.sekisho.firmware.register;

import java.util.Optional;

import io.sekisho.firmware.match.DeviceProducts.Products;
import io.sekisho.firmware.match.MatchResult;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FirmwareStatus;

/**
 * The matching result of one device of the register, before it is written into the model.
 *
 * @param products the CPE products the device is listed under; empty when not known (製品不明)
 * @param version the installed version as recorded (device or record), or null
 * @param result the vulnerabilities; empty when there was nothing to match
 */
public record DeviceMatch(Device device, Optional<Products> products, String version, Optional<MatchResult> result, FirmwareStatus status) {
}
