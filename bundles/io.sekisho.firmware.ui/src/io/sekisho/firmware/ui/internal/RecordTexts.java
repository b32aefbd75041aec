package io.sekisho.firmware.ui.internal;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.sekisho.firmware.register.RegisterLabels;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Vulnerability;

/** The texts a firmware record shows in the table and in the details below it; labels, never codes. */
final class RecordTexts {

	private RecordTexts() {
	}

	static String device(FirmwareRecord record) {
		Device device = record.getDevice();
		return device == null ? "" : blankToEmpty(device.getName()); //$NON-NLS-1$
	}

	static String model(FirmwareRecord record) {
		Device device = record.getDevice();
		return device == null ? "" : blankToEmpty(device.getModel()); //$NON-NLS-1$
	}

	/** @return the fixed releases named by the record's vulnerabilities, distinct, in the order of the record */
	static String fixed(FirmwareRecord record) {
		return record.getVulnerabilities().stream().map(Vulnerability::getFixedIn).filter(RecordTexts::notBlank).distinct()
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	static String status(FirmwareRecord record) {
		return record.getStatus() == null ? "" : RegisterLabels.of(record.getStatus()); //$NON-NLS-1$
	}

	/** @return the earliest KEV due date of the record's vulnerabilities, or null */
	static LocalDate kevDue(FirmwareRecord record) {
		return record.getVulnerabilities().stream().map(Vulnerability::getKevDueDate).filter(Objects::nonNull)
				.min(Comparator.naturalOrder()).orElse(null);
	}

	static String kevDueText(FirmwareRecord record) {
		LocalDate due = kevDue(record);
		return due == null ? "" : due.toString(); //$NON-NLS-1$
	}

	static boolean knownExploited(FirmwareRecord record) {
		return record.getStatus() == FirmwareStatus.KNOWN_EXPLOITED
				|| record.getVulnerabilities().stream().anyMatch(Vulnerability::isKnownExploited);
	}

	/** @return the details of a record as plain text: device, status and every vulnerability with its facts */
	static String details(FirmwareRecord record) {
		StringBuilder text = new StringBuilder();
		Device device = record.getDevice();
		text.append(NLS.bind(Messages.Details_device, new Object[] { device(record),
				device == null ? "" : blankToEmpty(device.getManufacturer()), model(record) })).append('\n'); //$NON-NLS-1$
		if (record.getStatus() != null) {
			text.append(NLS.bind(Messages.Details_status, status(record), RegisterLabels.meaning(record.getStatus()))).append('\n');
		}
		if (record.getVulnerabilities().isEmpty()) {
			text.append(Messages.Details_none).append('\n');
		}
		for (Vulnerability v : record.getVulnerabilities()) {
			text.append('\n');
			String severity = v.getSeverity() == null ? "" : RegisterLabels.of(v.getSeverity()); //$NON-NLS-1$
			String match = v.getMatch() == null ? "" : RegisterLabels.of(v.getMatch()); //$NON-NLS-1$
			text.append(NLS.bind(Messages.Details_cve, new Object[] { v.getCveId(), severity,
					String.format(Locale.ROOT, "%.1f", Double.valueOf(v.getScore())), match })).append('\n'); //$NON-NLS-1$
			if (v.isKnownExploited() || v.getKevDueDate() != null) {
				text.append("  ").append(NLS.bind(Messages.Details_kev, v.getKevDueDate() == null ? "" : v.getKevDueDate().toString())) //$NON-NLS-1$ //$NON-NLS-2$
						.append('\n');
			}
			if (v.isRansomwareUse()) {
				text.append("  ").append(Messages.Details_ransomware).append('\n'); //$NON-NLS-1$
			}
			if (notBlank(v.getRequiredAction())) {
				text.append("  ").append(NLS.bind(Messages.Details_action, v.getRequiredAction())).append('\n'); //$NON-NLS-1$
			}
			if (notBlank(v.getFixedIn())) {
				text.append("  ").append(NLS.bind(Messages.Details_fixed, v.getFixedIn())).append('\n'); //$NON-NLS-1$
			}
			if (notBlank(v.getJvnId())) {
				text.append("  ").append(NLS.bind(Messages.Details_jvn, v.getJvnId(), blankToEmpty(v.getTitleJa()))).append('\n'); //$NON-NLS-1$
			}
		}
		return text.toString();
	}

	private static boolean notBlank(String s) {
		return s != null && !s.isBlank();
	}

	private static String blankToEmpty(String s) {
		return s == null ? "" : s; //$NON-NLS-1$
	}
}
