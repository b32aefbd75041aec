package io.sekisho.ui.internal.dashboard;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.checklist.assessment.Answers;
import io.sekisho.checklist.assessment.Progress;
import io.sekisho.checklist.assessment.SectionProgress;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.core.labels.PasswordVerdict;
import io.sekisho.core.time.FiscalYear;
import io.sekisho.core.time.PastDue;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Severity;
import io.sekisho.model.facility.Vulnerability;

/**
 * The numbers of the overview's dashboard, computed from the facility model alone (no SWT): checklist progress of
 * this year's edition per form and section, password verdicts, firmware status and the known exploited devices,
 * open findings by severity (past-due ones first), external connections without source restriction, and every
 * past-due plan. Made again after every command; cheap at thousands of devices (one pass per list).
 */
public final class DashboardFigures {

	/** One checklist assessment of this year's edition, counted per section of its form. */
	public record FormProgress(ChecklistAssessment assessment, List<SectionProgress> sections, SectionProgress total) {
		/** @return slots answered and not いいえ */
		public static int answeredOk(SectionProgress s) {
			return s.answered() - s.no();
		}

		/** @return いいえ with a target date */
		public static int noWithTarget(SectionProgress s) {
			return s.no() - s.noWithoutTarget();
		}

		/** @return slots without a first-round answer */
		public static int unanswered(SectionProgress s) {
			return s.slots() - s.answered();
		}
	}

	/** Open findings of one severity: how many, and how many of them are past due. */
	public record SeverityCount(Severity severity, int open, int pastDue) {
	}

	private final LocalDate today;
	private final Optional<Edition> edition;
	private final List<FormProgress> checklist = new ArrayList<>();
	private final Map<PasswordVerdict, Integer> verdicts = new EnumMap<>(PasswordVerdict.class);
	private final Map<FirmwareStatus, Integer> firmware = new EnumMap<>(FirmwareStatus.class);
	private final List<FirmwareRecord> knownExploited = new ArrayList<>();
	private final List<SeverityCount> severities = new ArrayList<>();
	private final List<Finding> openFindings = new ArrayList<>();
	private final List<ExternalConnection> unrestricted = new ArrayList<>();
	private final List<EObject> pastDue = new ArrayList<>();
	private final int devices;
	private final int accounts;
	private final int connections;

	public DashboardFigures(FacilityWorkbook workbook, EditionRegistry editions, LocalDate today) {
		this.today = today;
		this.edition = thisYearsEdition(editions, today);
		devices = workbook.getDevices().size();
		accounts = workbook.getAccounts().size();
		connections = workbook.getExternalConnections().size();
		countChecklist(workbook);
		for (PasswordVerdict v : PasswordVerdict.values()) {
			verdicts.put(v, 0);
		}
		for (Account account : workbook.getAccounts()) {
			verdicts.merge(PasswordVerdict.of(account), 1, Integer::sum);
		}
		countFirmware(workbook);
		countFindings(workbook);
		for (ExternalConnection connection : workbook.getExternalConnections()) {
			if (withoutSourceRestriction(connection)) {
				unrestricted.add(connection);
			}
		}
	}

	/**
	 * @return the edition of the fiscal year of {@code today}; before it is published, the latest edition of an
	 *         earlier year (empty without editions)
	 */
	public static Optional<Edition> thisYearsEdition(EditionRegistry editions, LocalDate today) {
		int year = FiscalYear.of(today).year();
		return editions.all().stream().filter(e -> e.getFiscalYear() <= year).max(Comparator.comparingInt(Edition::getFiscalYear))
				.or(editions::latest);
	}

	/** Source restriction "no", or not recorded at all (the inspection asks; nobody knows is no better). */
	public static boolean withoutSourceRestriction(ExternalConnection connection) {
		Availability restriction = connection.getSourceRestriction();
		return restriction == null || restriction == Availability.NO || restriction == Availability.UNKNOWN;
	}

	/** A known exploited vulnerability on record, by status or by any of its vulnerabilities. */
	public static boolean knownExploited(FirmwareRecord record) {
		return record.getStatus() == FirmwareStatus.KNOWN_EXPLOITED
				|| record.getVulnerabilities().stream().anyMatch(Vulnerability::isKnownExploited);
	}

	/** Open or in progress. */
	public static boolean open(Finding finding) {
		return finding.getStatus() == null || finding.getStatus() == FindingStatus.OPEN || finding.getStatus() == FindingStatus.IN_PROGRESS;
	}

	/** いいえ (the answer that counts now) whose target date lies before {@code today}. */
	public static boolean pastDue(ChecklistAnswer answer, LocalDate today) {
		return Answers.latest(answer) == Answer.NO && answer.getTargetDate() != null && answer.getTargetDate().isBefore(today);
	}

	private void countChecklist(FacilityWorkbook workbook) {
		if (edition.isEmpty()) {
			return;
		}
		List<ChecklistAssessment> assessments = new ArrayList<>();
		for (ChecklistAssessment a : workbook.getChecklistAssessments()) {
			if (edition.get().getId().equals(a.getEditionId())) {
				assessments.add(a);
			}
		}
		// the facility's own form first, then the vendors' in model order
		assessments.sort(Comparator.comparing(a -> a.getForm() == ChecklistForm.VENDOR));
		for (ChecklistAssessment assessment : assessments) {
			Progress progress = Progress.of(assessment, edition.get());
			checklist.add(new FormProgress(assessment, progress.sections(), progress.total()));
			for (ChecklistAnswer answer : assessment.getAnswers()) {
				if (pastDue(answer, today)) {
					pastDue.add(answer);
				}
			}
		}
	}

	private void countFirmware(FacilityWorkbook workbook) {
		for (FirmwareStatus s : FirmwareStatus.VALUES) {
			firmware.put(s, 0);
		}
		for (FirmwareRecord record : workbook.getFirmwareRecords()) {
			firmware.merge(record.getStatus() == null ? FirmwareStatus.UNKNOWN : record.getStatus(), 1, Integer::sum);
			if (knownExploited(record)) {
				knownExploited.add(record);
			}
			if (PastDue.plan(record, today)) {
				pastDue.add(record);
			}
		}
	}

	private void countFindings(FacilityWorkbook workbook) {
		Map<Severity, int[]> counts = new EnumMap<>(Severity.class);
		for (Finding finding : workbook.getFindings()) {
			if (!open(finding)) {
				continue;
			}
			openFindings.add(finding);
			int[] count = counts.computeIfAbsent(severity(finding), s -> new int[2]);
			count[0]++;
			if (PastDue.finding(finding, today)) {
				count[1]++;
				pastDue.add(finding);
			}
		}
		for (Severity s : Severity.VALUES.reversed()) {
			int[] count = counts.getOrDefault(s, new int[2]);
			severities.add(new SeverityCount(s, count[0], count[1]));
		}
		// past due first, then the most severe, then the earliest due date
		openFindings.sort(Comparator.comparing((Finding f) -> !PastDue.finding(f, today))
				.thenComparing(f -> -severity(f).getValue())
				.thenComparing(Finding::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())));
	}

	private static Severity severity(Finding finding) {
		return finding.getSeverity() == null ? Severity.INFO : finding.getSeverity();
	}

	public LocalDate today() {
		return today;
	}

	/** @return this year's edition (see {@link #thisYearsEdition(EditionRegistry, LocalDate)}) */
	public Optional<Edition> edition() {
		return edition;
	}

	/** @return the assessments of this year's edition, the facility's form first */
	public List<FormProgress> checklist() {
		return List.copyOf(checklist);
	}

	/** @return the number of accounts per verdict, every verdict present */
	public Map<PasswordVerdict, Integer> verdicts() {
		return Map.copyOf(verdicts);
	}

	/** @return the number of firmware records per status, every status present */
	public Map<FirmwareStatus, Integer> firmware() {
		return Map.copyOf(firmware);
	}

	public List<FirmwareRecord> knownExploited() {
		return List.copyOf(knownExploited);
	}

	/** @return open findings per severity, the most severe first, every severity present */
	public List<SeverityCount> severities() {
		return List.copyOf(severities);
	}

	/** @return the open findings: past due first, then by severity (most severe first), then by due date */
	public List<Finding> openFindings() {
		return List.copyOf(openFindings);
	}

	/** @return the external connections whose source restriction is "no" or not recorded */
	public List<ExternalConnection> withoutSourceRestriction() {
		return List.copyOf(unrestricted);
	}

	/** @return past-due checklist target dates, firmware plans and findings, in that order */
	public List<EObject> pastDue() {
		return List.copyOf(pastDue);
	}

	public int devices() {
		return devices;
	}

	public int accounts() {
		return accounts;
	}

	public int connections() {
		return connections;
	}
}
