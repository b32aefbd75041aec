package io.sekisho.firmware.register;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

import org.eclipse.osgi.util.NLS;

import io.sekisho.firmware.match.CveMatch;
import io.sekisho.firmware.match.DeviceProducts;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.model.ModelIds;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Severity;
import io.sekisho.model.facility.Vulnerability;
import io.sekisho.model.facility.VulnerabilityMatch;

/** Writes match results into the register: records, their vulnerabilities, and the firmware findings. */
final class RegisterWriter {

	/** The source and code of the findings this module writes (and later resolves). */
	static final String SOURCE = "firmware"; //$NON-NLS-1$
	static final String CODE_VULNERABLE = "firmware-vulnerable"; //$NON-NLS-1$
	static final String CODE_KNOWN_EXPLOITED = "known-exploited-vulnerability"; //$NON-NLS-1$

	private static final FacilityFactory F = FacilityFactory.eINSTANCE;

	private final FacilityWorkbook workbook;
	private final LocalDate today;

	RegisterWriter(FacilityWorkbook workbook, LocalDate today) {
		this.workbook = workbook;
		this.today = today;
	}

	void write(List<DeviceMatch> results) {
		Map<Device, FirmwareRecord> records = FirmwareRegister.records(workbook);
		for (DeviceMatch match : results) {
			FirmwareRecord record = records.get(match.device());
			if (record == null) {
				record = F.createFirmwareRecord();
				record.setId(ModelIds.fromSeed("firmware-record/" + match.device().getId())); //$NON-NLS-1$
				record.setDevice(match.device());
				workbook.getFirmwareRecords().add(record);
			}
			update(record, match);
			finding(record, match);
		}
	}

	private void update(FirmwareRecord record, DeviceMatch match) {
		match.products().ifPresent(p -> {
			if (record.getProductId() == null || record.getProductId().isBlank()) {
				record.setProductId(DeviceProducts.cpe('o', p.firmware().get(0)));
			}
			if ((record.getHardwareId() == null || record.getHardwareId().isBlank()) && !p.hardware().isEmpty()) {
				record.setHardwareId(DeviceProducts.cpe('h', p.hardware().get(0)));
			}
		});
		if (match.version() != null && !match.version().equals(record.getInstalledVersion())) {
			record.setInstalledVersion(match.version());
		}
		record.setStatus(match.status());
		record.setCheckedOn(today);
		List<CveMatch> cves = match.result().map(r -> r.matches()).orElse(List.of());
		Map<String, Vulnerability> existing = new LinkedHashMap<>();
		record.getVulnerabilities().forEach(v -> existing.putIfAbsent(v.getCveId(), v));
		List<Vulnerability> wanted = new ArrayList<>();
		for (CveMatch cve : cves) {
			Vulnerability v = existing.containsKey(cve.id()) ? existing.get(cve.id()) : F.createVulnerability();
			fill(v, cve);
			wanted.add(v);
		}
		if (!wanted.equals(record.getVulnerabilities())) {
			record.getVulnerabilities().clear();
			record.getVulnerabilities().addAll(wanted);
		}
	}

	private static void fill(Vulnerability v, CveMatch cve) {
		set(v.getCveId(), cve.id(), v::setCveId);
		Severity severity = severity(cve.severity());
		if (v.getSeverity() != severity) {
			v.setSeverity(severity);
		}
		if (v.isKnownExploited() != cve.knownExploited()) {
			v.setKnownExploited(cve.knownExploited());
		}
		set(v.getFixedIn(), cve.fixedIn(), v::setFixedIn);
		VulnerabilityMatch how = switch (cve.applicability()) {
		case AFFECTED -> VulnerabilityMatch.AFFECTED;
		case POSSIBLE, UNREADABLE -> VulnerabilityMatch.POSSIBLE;
		case AWAITING -> VulnerabilityMatch.AWAITING;
		};
		if (v.getMatch() != how) {
			v.setMatch(how);
		}
		double score = cve.score().orElse(0.0);
		if (v.getScore() != score) {
			v.setScore(score);
		}
		Optional<KevEntry> kev = cve.kev();
		set(v.getKevDueDate(), kev.map(KevEntry::dueDate).orElse(null), v::setKevDueDate);
		set(v.getRequiredAction(), kev.map(KevEntry::requiredAction).orElse(null), v::setRequiredAction);
		boolean ransomware = kev.map(KevEntry::ransomwareUse).orElse(false);
		if (v.isRansomwareUse() != ransomware) {
			v.setRansomwareUse(ransomware);
		}
		Optional<JvnAdvisory> jvn = cve.jvn().stream().findFirst();
		set(v.getJvnId(), jvn.map(JvnAdvisory::jvnId).orElse(null), v::setJvnId);
		set(v.getTitleJa(), jvn.map(JvnAdvisory::titleJa).orElse(null), v::setTitleJa);
		set(v.getBasis(), cve.basis(), v::setBasis);
		String summary = cve.cve() != null ? cve.cve().descriptionEn() : jvn.map(JvnAdvisory::summaryJa).orElse(null);
		set(v.getSummary(), summary, v::setSummary);
	}

	private static <T> void set(T current, T value, java.util.function.Consumer<T> setter) {
		if (!Objects.equals(current, value)) {
			setter.accept(value);
		}
	}

	static Severity severity(String code) {
		return switch (code) {
		case "CRITICAL" -> Severity.CRITICAL; //$NON-NLS-1$
		case "HIGH" -> Severity.HIGH; //$NON-NLS-1$
		case "MEDIUM" -> Severity.MEDIUM; //$NON-NLS-1$
		case "LOW" -> Severity.LOW; //$NON-NLS-1$
		default -> Severity.INFO;
		};
	}

	/** One finding per affected device; resolved when the device is no longer affected. */
	private void finding(FirmwareRecord record, DeviceMatch match) {
		Device device = match.device();
		Finding finding = workbook.getFindings().stream()
				.filter(f -> SOURCE.equals(f.getSource()) && f.getSubject() == device
						&& (CODE_VULNERABLE.equals(f.getCode()) || CODE_KNOWN_EXPLOITED.equals(f.getCode())))
				.findFirst().orElse(null);
		boolean affected = match.status() == FirmwareStatus.KNOWN_EXPLOITED || match.status() == FirmwareStatus.VULNERABLE;
		if (!affected) {
			if (finding != null && finding.getStatus() != FindingStatus.RESOLVED && finding.getStatus() != FindingStatus.ACCEPTED) {
				finding.setStatus(FindingStatus.RESOLVED);
			}
			return;
		}
		List<Vulnerability> confirmed = record.getVulnerabilities().stream().filter(v -> v.getMatch() == VulnerabilityMatch.AFFECTED).toList();
		List<Vulnerability> exploited = confirmed.stream().filter(Vulnerability::isKnownExploited).toList();
		if (finding == null) {
			finding = F.createFinding();
			finding.setId(ModelIds.fromSeed("firmware-finding/" + device.getId())); //$NON-NLS-1$
			finding.setSource(SOURCE);
			finding.setSubject(device);
			finding.setStatus(FindingStatus.OPEN);
			workbook.getFindings().add(finding);
		} else if (finding.getStatus() == FindingStatus.RESOLVED) {
			finding.setStatus(FindingStatus.OPEN); // affected again
		}
		set(finding.getCode(), exploited.isEmpty() ? CODE_VULNERABLE : CODE_KNOWN_EXPLOITED, finding::setCode);
		Severity worst = confirmed.stream().map(Vulnerability::getSeverity).max(Comparator.naturalOrder()).orElse(Severity.HIGH);
		if (!exploited.isEmpty() && worst.getValue() < Severity.HIGH_VALUE) {
			worst = Severity.HIGH; // exploited in the wild: never less than high
		}
		if (finding.getSeverity() != worst) {
			finding.setSeverity(worst);
		}
		String product = device.getOperatingSystem() != null && !device.getOperatingSystem().isBlank() ? device.getOperatingSystem()
				: device.getModel() == null ? "" : device.getModel(); //$NON-NLS-1$
		String ids = (exploited.isEmpty() ? confirmed : exploited).stream().map(Vulnerability::getCveId).limit(5).collect(Collectors.joining(", ")); //$NON-NLS-1$
		String text = NLS.bind(exploited.isEmpty() ? Messages.Finding_vulnerable : Messages.Finding_knownExploited,
				new Object[] { device.getName(), product, record.getInstalledVersion(), ids, confirmed.size() });
		set(finding.getText(), text, finding::setText);
		String fixed = confirmed.stream().map(Vulnerability::getFixedIn).filter(Objects::nonNull).findFirst().orElse(null);
		String remediation = fixed == null ? Messages.Finding_remediationUnknownFix : NLS.bind(Messages.Finding_remediation, fixed);
		set(finding.getRemediation(), remediation, finding::setRemediation);
		set(finding.getDueDate(), dueDate(record, exploited), finding::setDueDate);
	}

	/** The plan's date when the integrator set one, else the earliest due date of the known-exploited catalog. */
	static LocalDate dueDate(FirmwareRecord record, List<Vulnerability> exploited) {
		if (record.getPlannedUpdate() != null) {
			return record.getPlannedUpdate();
		}
		return exploited.stream().map(Vulnerability::getKevDueDate).filter(Objects::nonNull).min(Comparator.naturalOrder()).orElse(null);
	}

}
