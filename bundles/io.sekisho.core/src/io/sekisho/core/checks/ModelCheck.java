package io.sekisho.core.checks;

import java.util.List;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;
import io.sekisho.model.validation.WorkbookValidation;

/**
 * The model's own validation (EMF's structural constraints and {@code WorkbookValidator}: names, addresses,
 * accounts, answers, links, end of support recorded on the device) as the first check. Its problems keep the
 * model's codes and source.
 */
public final class ModelCheck implements FacilityCheck {

	@Override
	public List<Problem> check(FacilityWorkbook workbook, CheckContext context) {
		return new WorkbookValidation().validate(workbook);
	}
}
