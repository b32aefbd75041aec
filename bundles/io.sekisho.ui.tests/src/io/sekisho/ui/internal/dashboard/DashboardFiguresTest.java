package io.sekisho.ui.internal.dashboard;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.core.labels.PasswordVerdict;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.model.facility.Severity;
import io.sekisho.model.facility.Vulnerability;
import io.sekisho.ui.internal.dashboard.DashboardFigures.FormProgress;
import io.sekisho.ui.internal.dashboard.DashboardFigures.SeverityCount;

/** The dashboard's numbers on a small facility built here, where every expected number can be counted by hand. */
class DashboardFiguresTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);
	private static final FacilityFactory F = FacilityFactory.eINSTANCE;

	private final EditionRegistry editions = EditionRegistry.fromPlatform();
	private FacilityWorkbook workbook;

	@BeforeEach
	void facility() {
		workbook = F.createFacilityWorkbook();
		workbook.setFacility(F.createFacility());
	}

	@Test
	void passwordVerdictsCountEveryAccountOnceAndEveryVerdictIsPresent() {
		account(null); // never assessed
		account(assessment()); // accepted
		account(assessment("too-short"));
		account(assessment("reused-in-facility", "factory-default"));
		DashboardFigures figures = figures();
		assertEquals(1, figures.verdicts().get(PasswordVerdict.NOT_CHECKED));
		assertEquals(1, figures.verdicts().get(PasswordVerdict.ACCEPTED));
		assertEquals(2, figures.verdicts().get(PasswordVerdict.REJECTED));
		assertEquals(4, figures.accounts());
	}

	@Test
	void firmwareByStatusWithTheKnownExploitedByStatusOrByVulnerability() {
		record(FirmwareStatus.CURRENT, null);
		record(FirmwareStatus.KNOWN_EXPLOITED, null);
		FirmwareRecord vulnerableButListedExploited = record(FirmwareStatus.VULNERABLE, null);
		Vulnerability kev = F.createVulnerability();
		kev.setCveId("CVE-2018-13379");
		kev.setKnownExploited(true);
		vulnerableButListedExploited.getVulnerabilities().add(kev);
		record(null, null);
		DashboardFigures figures = figures();
		assertEquals(1, figures.firmware().get(FirmwareStatus.CURRENT));
		assertEquals(1, figures.firmware().get(FirmwareStatus.KNOWN_EXPLOITED));
		assertEquals(1, figures.firmware().get(FirmwareStatus.VULNERABLE));
		assertEquals(1, figures.firmware().get(FirmwareStatus.UNKNOWN), "a record without status counts as not checked");
		assertEquals(0, figures.firmware().get(FirmwareStatus.END_OF_SUPPORT));
		assertEquals(FirmwareStatus.VALUES.size(), figures.firmware().size());
		assertEquals(2, figures.knownExploited().size());
		assertTrue(figures.knownExploited().contains(vulnerableButListedExploited));
	}

	@Test
	void openFindingsBySeverityPastDueFirstAndResolvedOnesLeftOut() {
		Finding lowPastDue = finding(Severity.LOW, TODAY.minusDays(1), FindingStatus.OPEN);
		Finding criticalInTime = finding(Severity.CRITICAL, TODAY.plusDays(30), FindingStatus.IN_PROGRESS);
		Finding highPastDue = finding(Severity.HIGH, TODAY.minusMonths(3), FindingStatus.OPEN);
		Finding highDueToday = finding(Severity.HIGH, TODAY, FindingStatus.OPEN);
		finding(Severity.CRITICAL, TODAY.minusYears(1), FindingStatus.RESOLVED);
		finding(Severity.MEDIUM, null, FindingStatus.ACCEPTED);
		DashboardFigures figures = figures();

		assertEquals(List.of(highPastDue, lowPastDue, criticalInTime, highDueToday), figures.openFindings(),
				"past due first (most severe first), then the others by severity; a due date of today is not past");
		List<SeverityCount> severities = figures.severities();
		assertEquals(Severity.VALUES.size(), severities.size());
		assertEquals(Severity.CRITICAL, severities.get(0).severity(), "most severe first");
		assertEquals(new SeverityCount(Severity.CRITICAL, 1, 0), severities.get(0));
		assertEquals(new SeverityCount(Severity.HIGH, 2, 1), severities.get(1));
		assertEquals(new SeverityCount(Severity.MEDIUM, 0, 0), severities.get(2));
		assertEquals(new SeverityCount(Severity.LOW, 1, 1), severities.get(3));
		assertEquals(List.of(highPastDue, lowPastDue).size(), figures.pastDue().size());
	}

	@Test
	void connectionsWithoutSourceRestrictionAreTheNoAndTheNotRecorded() {
		ExternalConnection no = connection(Availability.NO);
		ExternalConnection unknown = connection(Availability.UNKNOWN);
		connection(Availability.YES);
		connection(Availability.NOT_APPLICABLE);
		assertEquals(List.of(no, unknown), figures().withoutSourceRestriction());
		assertEquals(4, figures().connections());
	}

	@Test
	void aPlannedUpdateIsPastDueUntilTheFirmwareIsCurrent() {
		FirmwareRecord late = record(FirmwareStatus.KNOWN_EXPLOITED, TODAY.minusDays(1));
		record(FirmwareStatus.CURRENT, TODAY.minusDays(1)); // done: the plan was carried out
		record(FirmwareStatus.VULNERABLE, TODAY); // today is not past
		record(FirmwareStatus.VULNERABLE, null);
		assertEquals(List.of(late), figures().pastDue());
	}

	@Test
	void checklistOfThisYearsEditionPerFormAndSectionWithPastDueTargetDates() {
		Edition edition = DashboardFigures.thisYearsEdition(editions, TODAY).orElseThrow();
		assertEquals(2026, edition.getFiscalYear(), "December 2026 lies in FY2026 (令和8年度)");
		ChecklistAssessment own = Assessments.addFacilityAssessment(workbook, edition);
		Edition older = editions.all().get(0);
		Assessments.addFacilityAssessment(workbook, older); // last year's: not on the dashboard
		// an item that is not an opening (gate) question: a いいえ there would close the rest of the form
		String firstItem = io.sekisho.checklist.editions.Editions.items(edition, io.sekisho.checklist.assessment.FormKinds.toCatalog(own.getForm()))
				.stream().filter(i -> !i.isGate()).findFirst().orElseThrow().getId();
		String column = io.sekisho.checklist.editions.Editions.columnIds(
				io.sekisho.checklist.editions.Editions.item(edition, firstItem).orElseThrow()).get(0);
		ChecklistAnswer no = F.createChecklistAnswer();
		no.setItemId(firstItem);
		no.setDeviceColumn(column);
		no.setRound1(Answer.NO);
		no.setRound1Date(TODAY.minusMonths(6));
		no.setTargetDate(TODAY.minusDays(2));
		own.getAnswers().add(no);

		DashboardFigures figures = figures();
		assertEquals(1, figures.checklist().size(), "only this year's edition");
		FormProgress form = figures.checklist().get(0);
		assertEquals(own, form.assessment());
		int slots = form.sections().stream().mapToInt(s -> s.slots()).sum();
		assertEquals(form.total().slots(), slots);
		assertEquals(1, form.total().no());
		assertEquals(0, form.total().noWithoutTarget());
		assertEquals(slots - 1, form.sections().stream().mapToInt(FormProgress::unanswered).sum());
		assertEquals(1, form.sections().stream().mapToInt(FormProgress::noWithTarget).sum());
		assertEquals(List.of(no), figures.pastDue());

		no.setRound2(Answer.YES); // the second round answered はい: nothing past due any more
		assertFalse(figures().pastDue().contains(no));
	}

	@Test
	void thisYearsEditionBeforeTheNextOneIsPublishedIsTheLatestEarlierOne() {
		int latest = editions.latest().orElseThrow().getFiscalYear();
		assertEquals(latest, DashboardFigures.thisYearsEdition(editions, LocalDate.of(latest + 3, 6, 1)).orElseThrow().getFiscalYear());
		int first = editions.all().get(0).getFiscalYear();
		assertEquals(first, DashboardFigures.thisYearsEdition(editions, LocalDate.of(first, 4, 1)).orElseThrow().getFiscalYear());
	}

	private DashboardFigures figures() {
		return new DashboardFigures(workbook, editions, TODAY);
	}

	private void account(PasswordAssessment assessment) {
		Account account = F.createAccount();
		account.setPasswordAssessment(assessment);
		workbook.getAccounts().add(account);
	}

	private static PasswordAssessment assessment(String... findings) {
		PasswordAssessment assessment = F.createPasswordAssessment();
		assessment.setAssessedAt(TODAY.atStartOfDay().toInstant(java.time.ZoneOffset.UTC));
		assessment.getFindingCodes().addAll(List.of(findings));
		return assessment;
	}

	private FirmwareRecord record(FirmwareStatus status, LocalDate planned) {
		FirmwareRecord record = F.createFirmwareRecord();
		if (status != null) {
			record.setStatus(status);
		} else {
			record.eUnset(io.sekisho.model.facility.FacilityPackage.Literals.FIRMWARE_RECORD__STATUS);
		}
		record.setPlannedUpdate(planned);
		workbook.getFirmwareRecords().add(record);
		return record;
	}

	private Finding finding(Severity severity, LocalDate due, FindingStatus status) {
		Finding finding = F.createFinding();
		finding.setSeverity(severity);
		finding.setDueDate(due);
		finding.setStatus(status);
		workbook.getFindings().add(finding);
		return finding;
	}

	private ExternalConnection connection(Availability restriction) {
		ExternalConnection connection = F.createExternalConnection();
		connection.setSourceRestriction(restriction);
		workbook.getExternalConnections().add(connection);
		return connection;
	}
}
