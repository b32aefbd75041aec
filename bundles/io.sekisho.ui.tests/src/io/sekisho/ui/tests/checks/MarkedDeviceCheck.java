package io.sekisho.ui.tests.checks;

import java.util.List;

import io.sekisho.core.checks.CheckContext;
import io.sekisho.core.checks.FacilityCheck;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;

/** A check contributed by this test fragment as a vendor would: a warning on every device named CHECKED-BY-TEST. */
public final class MarkedDeviceCheck implements FacilityCheck {

	public static final String NAME = "CHECKED-BY-TEST"; //$NON-NLS-1$
	public static final String MESSAGE = "the test fragment's check found "; //$NON-NLS-1$

	@Override
	public List<Problem> check(FacilityWorkbook workbook, CheckContext context) {
		return workbook.getDevices().stream().filter(d -> NAME.equals(d.getName())).map(d -> context.warning(d, MESSAGE + d.getName())).toList();
	}
}
