package io.sekisho.firmware.sheet;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Vulnerability;

/** The order of the register in reports: known exploited first, then vulnerable, then what needs a look, then the rest. */
final class SheetOrder {

	private static final List<FirmwareStatus> RANK = List.of(FirmwareStatus.KNOWN_EXPLOITED, FirmwareStatus.VULNERABLE,
			FirmwareStatus.END_OF_SUPPORT, FirmwareStatus.CHECK_MANUALLY, FirmwareStatus.AWAITING_ANALYSIS, FirmwareStatus.PRODUCT_UNKNOWN,
			FirmwareStatus.UNKNOWN, FirmwareStatus.UPDATE_AVAILABLE, FirmwareStatus.CURRENT);

	static final Comparator<FirmwareRecord> WORST_FIRST = Comparator.<FirmwareRecord> comparingInt(r -> RANK.indexOf(r.getStatus()))
			.thenComparing(r -> r.getDevice() == null || r.getDevice().getName() == null ? "" : r.getDevice().getName()); //$NON-NLS-1$

	private SheetOrder() {
	}

	static LocalDate earliestKevDue(FirmwareRecord r) {
		return r.getVulnerabilities().stream().filter(Vulnerability::isKnownExploited).map(Vulnerability::getKevDueDate).filter(Objects::nonNull)
				.min(Comparator.naturalOrder()).orElse(null);
	}
}
