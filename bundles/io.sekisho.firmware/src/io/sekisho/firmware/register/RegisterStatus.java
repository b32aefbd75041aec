package io.sekisho.firmware.register;

import java.time.LocalDate;
import java.util.Optional;

import io.sekisho.firmware.match.Applicability;
import io.sekisho.firmware.match.MatchResult;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FirmwareStatus;

/**
 * The status of a device in the register, from its match: a known-exploited vulnerability first, then any
 * vulnerability, an ended support, what must be checked by hand (an unreadable version, a match that depends on
 * hardware), records still awaiting analysis, and only then 最新. A device whose product is not known is 製品不明.
 */
final class RegisterStatus {

	private RegisterStatus() {
	}

	static FirmwareStatus of(Device device, Optional<MatchResult> result, boolean productKnown, String version, LocalDate today) {
		boolean endOfSupport = device.getEndOfSupport() != null && device.getEndOfSupport().isBefore(today);
		if (result.isPresent()) {
			MatchResult r = result.get();
			if (r.anyKnownExploited()) {
				return FirmwareStatus.KNOWN_EXPLOITED;
			}
			if (r.any(Applicability.AFFECTED)) {
				return FirmwareStatus.VULNERABLE;
			}
		}
		if (endOfSupport) {
			return FirmwareStatus.END_OF_SUPPORT;
		}
		if (!productKnown) {
			return FirmwareStatus.PRODUCT_UNKNOWN;
		}
		if (version == null || version.isBlank() || result.isEmpty() || !result.get().versionReadable() || result.get().any(Applicability.POSSIBLE)
				|| result.get().any(Applicability.UNREADABLE)) {
			return FirmwareStatus.CHECK_MANUALLY;
		}
		if (result.get().any(Applicability.AWAITING)) {
			return FirmwareStatus.AWAITING_ANALYSIS;
		}
		return FirmwareStatus.CURRENT;
	}
}
