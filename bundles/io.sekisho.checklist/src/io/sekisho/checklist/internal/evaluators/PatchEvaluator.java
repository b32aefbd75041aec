package io.sekisho.checklist.internal.evaluators;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
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

	private static final String CPE_PREFIX = "cpe:2.3:"; //$NON-NLS-1$

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
		String product = product(device, record);
		// only what the data confirms for the installed version counts against the measure; a possible match or a
		// record awaiting analysis leaves the column open (no はい either)
		List<Vulnerability> confirmed = record.getVulnerabilities().stream().filter(v -> v.getMatch() == VulnerabilityMatch.AFFECTED).toList();
		List<Vulnerability> exploited = confirmed.stream().filter(Vulnerability::isKnownExploited).toList();
		List<Vulnerability> others = confirmed.stream().filter(v -> !v.isKnownExploited()).toList();
		if (!exploited.isEmpty()) {
			evidence.worst(column, ReasonTexts.reason("patch.knownExploited", List.of(device, record), Labels.withModel(device), product, //$NON-NLS-1$
					version(device, record), cves(exploited)));
		}
		if (!others.isEmpty()) {
			evidence.bad(column, ReasonTexts.reason("patch.vulnerable", List.of(device, record), Labels.of(device), product, //$NON-NLS-1$
					version(device, record), cves(others)));
		}
		if (record.getPlannedUpdate() != null && record.getPlannedUpdate().isBefore(today) && record.getStatus() != FirmwareStatus.CURRENT
				&& (!confirmed.isEmpty() || record.getStatus() == FirmwareStatus.UPDATE_AVAILABLE || record.getStatus() == FirmwareStatus.END_OF_SUPPORT)) {
			evidence.bad(column, ReasonTexts.reason("patch.planOverdue", List.of(device, record), Labels.of(device), product, //$NON-NLS-1$
					version(device, record), record.getPlannedUpdate()));
		}
		if (confirmed.size() < record.getVulnerabilities().size()) {
			evidence.unknown(column);
		}
		if (!confirmed.isEmpty()) {
			return;
		}
		switch (record.getStatus()) {
		case VULNERABLE, KNOWN_EXPLOITED -> evidence.bad(column, ReasonTexts.reason("patch.vulnerable", List.of(device, record), Labels.of(device), product, //$NON-NLS-1$
				version(device, record), "-")); //$NON-NLS-1$
		case UPDATE_AVAILABLE -> evidence.bad(column, ReasonTexts.reason("patch.updateAvailable", List.of(device, record), Labels.of(device), //$NON-NLS-1$
				product, version(device, record), record.getLatestVersion()));
		case END_OF_SUPPORT -> evidence.bad(column, ReasonTexts.reason("patch.recordEndOfSupport", List.of(device, record), Labels.of(device), //$NON-NLS-1$
				product, version(device, record)));
		case CURRENT -> {
			if (confirmed.size() == record.getVulnerabilities().size()) {
				evidence.good(column, record);
			}
		}
		case UNKNOWN, AWAITING_ANALYSIS, CHECK_MANUALLY, PRODUCT_UNKNOWN -> evidence.unknown(column);
		}
	}

	/** @return a readable product name: the device's operating system, else the product of a CPE id, else the id */
	static String product(Device device, FirmwareRecord record) {
		if (device.getOperatingSystem() != null && !device.getOperatingSystem().isBlank()) {
			return device.getOperatingSystem();
		}
		String id = record.getProductId();
		if (id != null && id.startsWith(CPE_PREFIX)) {
			String[] parts = id.split(":"); //$NON-NLS-1$
			return parts.length > 4 ? parts[4] : id;
		}
		return id != null ? id : Labels.of(device);
	}

	static String version(Device device, FirmwareRecord record) {
		String version = record.getInstalledVersion() != null ? record.getInstalledVersion() : device.getFirmwareVersion();
		return version == null ? "?" : version; //$NON-NLS-1$
	}

	private static String cves(List<Vulnerability> vulnerabilities) {
		return vulnerabilities.stream().map(v -> v.getCveId() == null ? "?" : v.getCveId()).collect(Collectors.joining(", ")); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
