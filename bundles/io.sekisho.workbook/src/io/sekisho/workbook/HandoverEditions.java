package io.sekisho.workbook;

import java.util.Comparator;
import java.util.Optional;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * The checklist edition a facility's handover workbook follows unless one is named: the newest edition the
 * facility has answers for, else the newest edition known. Export and answer import use the same rule, so a
 * workbook of an older edition is refused once the facility moved on.
 */
public final class HandoverEditions {

	private HandoverEditions() {
	}

	public static Optional<Edition> current(FacilityWorkbook facility, EditionRegistry editions) {
		Optional<Edition> answered = facility.getChecklistAssessments().stream().map(ChecklistAssessment::getEditionId)
				.distinct().map(editions::find).flatMap(Optional::stream)
				.max(Comparator.comparingInt(Edition::getFiscalYear));
		return answered.isPresent() ? answered : editions.latest();
	}
}
