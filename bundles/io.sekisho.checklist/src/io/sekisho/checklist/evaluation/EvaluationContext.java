package io.sekisho.checklist.evaluation;

import java.time.LocalDate;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Organization;

/**
 * What an evaluator looks at: the facility model, the item and the form it is answered on.
 *
 * @param respondent the vendor answering a vendor form (evaluators then look at what that vendor manages); null on
 *                   the facility's own form
 * @param today      the reference date for "unused for months" and similar rules, so results are reproducible
 */
public record EvaluationContext(FacilityWorkbook workbook, Edition edition, Item item, FormKind form, Organization respondent,
		LocalDate today) {

	public boolean vendorForm() {
		return form == FormKind.VENDOR;
	}

	/** @return whether an element managed or owned by {@code organization} counts on this form */
	public boolean concerns(Organization organization) {
		return !vendorForm() || respondent == null || respondent == organization;
	}
}
