package io.sekisho.workbook.tests;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Organization;

/** Look-ups in a facility for the import tests. */
final class AnswerImportTestSupport {

	private AnswerImportTestSupport() {
	}

	static Organization organization(FacilityWorkbook facility, String id) {
		return facility.getOrganizations().stream().filter(o -> id.equals(o.getId())).findFirst().orElseThrow();
	}
}
