package io.sekisho.core.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.core.time.PastDue;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;

class PastDueTest {

	private static final LocalDate TODAY = LocalDate.of(2026, 12, 1);

	@Test
	void aFindingIsPastDueWhileUnresolvedAfterItsDueDate() {
		Finding finding = FacilityFactory.eINSTANCE.createFinding();
		assertFalse(PastDue.finding(finding, TODAY), "no due date");
		finding.setDueDate(TODAY);
		assertFalse(PastDue.finding(finding, TODAY), "due today is not past");
		finding.setDueDate(TODAY.minusDays(1));
		assertTrue(PastDue.finding(finding, TODAY));
		finding.setStatus(FindingStatus.IN_PROGRESS);
		assertTrue(PastDue.finding(finding, TODAY));
		finding.setStatus(FindingStatus.RESOLVED);
		assertFalse(PastDue.finding(finding, TODAY));
		finding.setStatus(FindingStatus.ACCEPTED);
		assertFalse(PastDue.any(finding, TODAY));
	}

	@Test
	void aPlannedUpdateIsPastDueUntilTheFirmwareIsCurrent() {
		FirmwareRecord record = FacilityFactory.eINSTANCE.createFirmwareRecord();
		record.setStatus(FirmwareStatus.VULNERABLE);
		assertFalse(PastDue.plan(record, TODAY));
		record.setPlannedUpdate(TODAY.minusMonths(2));
		assertTrue(PastDue.any(record, TODAY));
		record.setStatus(FirmwareStatus.CURRENT);
		assertFalse(PastDue.plan(record, TODAY));
	}

	@Test
	void theDemosFortiGateUpdateOfSeptember2025IsPastDueAfterwards() {
		FacilityWorkbook demo = DemoFacility.build();
		FirmwareRecord fortiGate = demo.getFirmwareRecords().stream()
				.filter(r -> LocalDate.of(2025, 9, 30).equals(r.getPlannedUpdate())).findFirst().orElseThrow();
		assertFalse(PastDue.plan(fortiGate, LocalDate.of(2025, 9, 30)));
		assertTrue(PastDue.plan(fortiGate, LocalDate.of(2025, 10, 1)));
	}
}
