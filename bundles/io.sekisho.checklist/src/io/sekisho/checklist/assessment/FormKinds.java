package io.sekisho.checklist.assessment;

import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.FacilityKind;
import io.sekisho.model.facility.FacilityWorkbook;

/** The catalog's form kinds and the facility model's, which are kept apart so neither model depends on the other. */
public final class FormKinds {

	private FormKinds() {
	}

	public static ChecklistForm toModel(FormKind kind) {
		return switch (kind) {
		case MEDICAL_INSTITUTION -> ChecklistForm.MEDICAL_INSTITUTION;
		case PHARMACY -> ChecklistForm.PHARMACY;
		case VENDOR -> ChecklistForm.VENDOR;
		};
	}

	public static FormKind toCatalog(ChecklistForm form) {
		return switch (form) {
		case MEDICAL_INSTITUTION -> FormKind.MEDICAL_INSTITUTION;
		case PHARMACY -> FormKind.PHARMACY;
		case VENDOR -> FormKind.VENDOR;
		};
	}

	/** @return the form the facility itself answers: the pharmacy form for pharmacies, the hospital form otherwise */
	public static FormKind facilityForm(FacilityWorkbook workbook) {
		return workbook.getFacility() != null && workbook.getFacility().getKind() == FacilityKind.PHARMACY ? FormKind.PHARMACY
				: FormKind.MEDICAL_INSTITUTION;
	}
}
