package io.sekisho.checklist.assessment;

import io.sekisho.checklist.catalog.Edition;
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
		case MEDICAL_INSTITUTION_AND_PHARMACY -> ChecklistForm.MEDICAL_INSTITUTION_AND_PHARMACY;
		};
	}

	public static FormKind toCatalog(ChecklistForm form) {
		return switch (form) {
		case MEDICAL_INSTITUTION -> FormKind.MEDICAL_INSTITUTION;
		case PHARMACY -> FormKind.PHARMACY;
		case VENDOR -> FormKind.VENDOR;
		case MEDICAL_INSTITUTION_AND_PHARMACY -> FormKind.MEDICAL_INSTITUTION_AND_PHARMACY;
		};
	}

	/**
	 * @return the form the facility answers in {@code edition}: the combined 医療機関・薬局確認用 where the edition has
	 *         one (FY2026 on), else the pharmacy form for pharmacies and the hospital form otherwise
	 */
	public static FormKind facilityForm(FacilityWorkbook workbook, Edition edition) {
		if (edition != null && edition.getForms().stream().anyMatch(f -> f.getKind() == FormKind.MEDICAL_INSTITUTION_AND_PHARMACY)) {
			return FormKind.MEDICAL_INSTITUTION_AND_PHARMACY;
		}
		return facilityForm(workbook);
	}

	/** @return the form the facility itself answers: the pharmacy form for pharmacies, the hospital form otherwise */
	public static FormKind facilityForm(FacilityWorkbook workbook) {
		return workbook.getFacility() != null && workbook.getFacility().getKind() == FacilityKind.PHARMACY ? FormKind.PHARMACY
				: FormKind.MEDICAL_INSTITUTION;
	}
}
