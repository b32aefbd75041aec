package io.sekisho.checklist.internal.evaluators;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.core.labels.DeviceLabels;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Vulnerability;
import io.sekisho.model.facility.VulnerabilityMatch;

/**
 * 2-(7) / 2-⑥: security patches and current firmware. Read from the firmware register (filled by matching): a
 * vulnerability the data confirms for the installed version (worst when known exploited), an available update, an
 * ended support or an update plan past its date is いいえ; a possible match, a record awaiting analysis, a version to
 * check by hand or an unknown product leaves the column open; はい needs a current record for every device the
 * column covers.
 */
public final class PatchEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		Evidence evidence = new Evidence(context.item());
		Map<Device, List<FirmwareRecord>> records = context.workbook().getFirmwareRecords().stream().filter(r -> r.getDevice() != null)
				.collect(Collectors.groupingBy(FirmwareRecord::getDevice));
		for (Device device : Scope.devices(context)) {
			String column = evidence.columnOf(device);
			if (column == null) {
				continue;
			}
			if (device.getEndOfSupport() != null && device.getEndOfSupport().isBefore(context.today())) {
				evidence.bad(column, ReasonTexts.reason("patch.endOfSupport", device, Labels.of(device), device.getEndOfSupport())); //$NON-NLS-1$
			}
			List<FirmwareRecord> own = records.getOrDefault(device, List.of());
			if (own.isEmpty()) {
				evidence.unknown(column);
			}
			for (FirmwareRecord record : own) {
				judge(evidence, column, device, record, context.today());
			}
		}
		return evidence.proposals(good -> ReasonTexts.reason("patch.current", good, good.size())); //$NON-NLS-1$
	}

	private static void judge(Evidence evidence, String column, Device device, FirmwareRecord record, LocalDate today) {
		List<EObject> elements = List.of(device, record);
		// only what the data confirms for the installed version counts against the measure; a possible match or a
		// record awaiting analysis leaves the column open (no はい either)
		List<Vulnerability> confirmed = record.getVulnerabilities().stream().filter(v -> v.getMatch() == VulnerabilityMatch.AFFECTED).toList();
		List<Vulnerability> exploited = confirmed.stream().filter(Vulnerability::isKnownExploited).toList();
		List<Vulnerability> others = confirmed.stream().filter(v -> !v.isKnownExploited()).toList();
		if (!exploited.isEmpty()) {
			evidence.worst(column, reason("patch.knownExploited", elements, device, record, cves(exploited))); //$NON-NLS-1$
		}
		if (!others.isEmpty()) {
			evidence.bad(column, reason("patch.vulnerable", elements, device, record, cves(others))); //$NON-NLS-1$
		}
		if (record.getPlannedUpdate() != null && record.getPlannedUpdate().isBefore(today) && record.getStatus() != FirmwareStatus.CURRENT
				&& (!confirmed.isEmpty() || record.getStatus() == FirmwareStatus.UPDATE_AVAILABLE || record.getStatus() == FirmwareStatus.END_OF_SUPPORT)) {
			evidence.bad(column, reason("patch.planOverdue", elements, device, record, record.getPlannedUpdate())); //$NON-NLS-1$
		}
		if (confirmed.size() < record.getVulnerabilities().size()) {
			evidence.unknown(column);
		}
		if (!confirmed.isEmpty()) {
			return;
		}
		switch (record.getStatus()) {
		case VULNERABLE, KNOWN_EXPLOITED -> evidence.bad(column, reason("patch.vulnerableUnlisted", elements, device, record)); //$NON-NLS-1$
		case UPDATE_AVAILABLE -> evidence.bad(column, blank(record.getLatestVersion()) ? reason("patch.updateAvailableUnnamed", elements, device, record) //$NON-NLS-1$
				: reason("patch.updateAvailable", elements, device, record, record.getLatestVersion().strip())); //$NON-NLS-1$
		case END_OF_SUPPORT -> evidence.bad(column, reason("patch.recordEndOfSupport", elements, device, record)); //$NON-NLS-1$
		case CURRENT -> {
			if (confirmed.size() == record.getVulnerabilities().size()) {
				evidence.good(column, record);
			}
		}
		case UNKNOWN, AWAITING_ANALYSIS, CHECK_MANUALLY, PRODUCT_UNKNOWN -> evidence.unknown(column);
		}
	}

	/**
	 * A reason about one record whose first argument is the device as people call it, in each language:
	 * {@code FGT-EHR01（FortiGate 60E、FortiOS 6.0.4）} — name, model and the recorded firmware, never the CPE
	 * product id matching found.
	 */
	private static Reason reason(String key, List<EObject> elements, Device device, FirmwareRecord record, Object... more) {
		return ReasonTexts.reason(key, elements, locale -> {
			Object[] args = new Object[more.length + 1];
			args[0] = DeviceLabels.withFirmware(device, version(device, record), locale);
			System.arraycopy(more, 0, args, 1, more.length);
			return args;
		});
	}

	/** @return the installed version: the register's, else the device's; {@code null} when neither is recorded */
	static String version(Device device, FirmwareRecord record) {
		return !blank(record.getInstalledVersion()) ? record.getInstalledVersion() : blank(device.getFirmwareVersion()) ? null : device.getFirmwareVersion();
	}

	private static boolean blank(String text) {
		return text == null || text.isBlank();
	}

	private static String cves(List<Vulnerability> vulnerabilities) {
		return vulnerabilities.stream().map(v -> v.getCveId() == null ? "?" : v.getCveId()).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
