package io.sekisho.firmware.register;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

import io.sekisho.core.checks.CheckContext;
import io.sekisho.core.checks.FacilityCheck;
import io.sekisho.core.labels.DeviceLabels;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Vulnerability;
import io.sekisho.model.validation.Problem;

/**
 * The firmware register's statuses as problems on the record: known exploited is an error; vulnerable, awaiting
 * analysis and end of support are warnings; check by hand, product unknown and update available are notes. Up to
 * date and not yet matched say nothing. Records of decommissioned devices are left out, and so is end of support
 * when the device itself records the date (the model's own check reports that).
 */
public final class FirmwareStatusCheck implements FacilityCheck {

	private static final int MAX_IDS = 3;

	@Override
	public List<Problem> check(FacilityWorkbook workbook, CheckContext context) {
		List<Problem> problems = new ArrayList<>();
		for (FirmwareRecord record : workbook.getFirmwareRecords()) {
			Device device = record.getDevice();
			FirmwareStatus status = record.getStatus();
			if (device != null && device.getStatus() == DeviceStatus.DECOMMISSIONED) {
				continue;
			}
			int severity = severity(status);
			if (severity == Diagnostic.OK || status == FirmwareStatus.END_OF_SUPPORT && device != null && device.getEndOfSupport() != null) {
				continue;
			}
			// the register's texts (Messages) are in the platform's language: the device is named in the same one
			problems.add(context.problem(severity, record, message(record, device, Locale.getDefault())));
		}
		return problems;
	}

	static int severity(FirmwareStatus status) {
		return switch (status) {
		case KNOWN_EXPLOITED -> Diagnostic.ERROR;
		case VULNERABLE, AWAITING_ANALYSIS, END_OF_SUPPORT -> Diagnostic.WARNING;
		case CHECK_MANUALLY, PRODUCT_UNKNOWN, UPDATE_AVAILABLE -> Diagnostic.INFO;
		case CURRENT, UNKNOWN -> Diagnostic.OK;
		};
	}

	/** @return e.g. 「FGT-EHR01（FortiGate 60E、FortiOS 6.0.4）：悪用が確認された脆弱性あり（CVE-2018-13379）。…」 */
	private static String message(FirmwareRecord record, Device device, Locale locale) {
		String name = device == null ? "" : DeviceLabels.withFirmware(device, version(record, device), locale); //$NON-NLS-1$
		FirmwareStatus status = record.getStatus();
		String label = RegisterLabels.of(status);
		String meaning = RegisterLabels.meaning(status).equals(label) ? "" : RegisterLabels.meaning(status); //$NON-NLS-1$
		List<Vulnerability> named = record.getVulnerabilities().stream()
				.filter(v -> status != FirmwareStatus.KNOWN_EXPLOITED || v.isKnownExploited()).toList();
		if ((status == FirmwareStatus.KNOWN_EXPLOITED || status == FirmwareStatus.VULNERABLE) && !named.isEmpty()) {
			String ids = named.stream().map(Vulnerability::getCveId).limit(MAX_IDS).collect(Collectors.joining(", ")); //$NON-NLS-1$
			if (named.size() > MAX_IDS) {
				ids = NLS.bind(Messages.Check_moreIds, ids, named.size() - MAX_IDS);
			}
			return NLS.bind(Messages.Check_statusWithIds, new Object[] { name, label, ids, meaning }).strip();
		}
		return NLS.bind(Messages.Check_status, new Object[] { name, label, meaning }).strip();
	}

	/** @return the installed version: the register's, else the device's */
	private static String version(FirmwareRecord record, Device device) {
		String installed = record.getInstalledVersion();
		return installed != null && !installed.isBlank() ? installed : device.getFirmwareVersion();
	}
}
