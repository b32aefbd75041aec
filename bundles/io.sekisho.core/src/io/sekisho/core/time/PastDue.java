package io.sekisho.core.time;

import java.time.LocalDate;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;

/**
 * When a date someone promised has passed without the thing being done: a finding still open (or in progress)
 * after its due date, a firmware update planned for a day before today on a device that is still not current.
 * The rich client highlights these wherever they show (the overview, the findings and the firmware pages), so
 * the rule lives here once. A date equal to today is not past due.
 */
public final class PastDue {

	private PastDue() {
	}

	/** @return true when {@code finding} is open or in progress and its due date lies before {@code today} */
	public static boolean finding(Finding finding, LocalDate today) {
		FindingStatus status = finding.getStatus();
		boolean unresolved = status == null || status == FindingStatus.OPEN || status == FindingStatus.IN_PROGRESS;
		return unresolved && before(finding.getDueDate(), today);
	}

	/** @return true when the update planned for {@code record} lies before {@code today} and the firmware is not current */
	public static boolean plan(FirmwareRecord record, LocalDate today) {
		return record.getStatus() != FirmwareStatus.CURRENT && before(record.getPlannedUpdate(), today);
	}

	/** @return true for a past-due finding or firmware plan; false for every other element */
	public static boolean any(EObject element, LocalDate today) {
		if (element instanceof Finding finding) {
			return finding(finding, today);
		}
		if (element instanceof FirmwareRecord record) {
			return plan(record, today);
		}
		return false;
	}

	private static boolean before(LocalDate date, LocalDate today) {
		return date != null && date.isBefore(today);
	}
}
