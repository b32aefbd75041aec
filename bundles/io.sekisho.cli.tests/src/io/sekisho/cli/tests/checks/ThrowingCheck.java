package io.sekisho.cli.tests.checks;

import java.util.List;

import io.sekisho.core.checks.CheckContext;
import io.sekisho.core.checks.FacilityCheck;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;

/** A broken check of this test fragment: throws on a facility with a device named THROW-IN-CHECK. */
public final class ThrowingCheck implements FacilityCheck {

	public static final String NAME = "THROW-IN-CHECK";
	public static final String REASON = "the test check broke on purpose";

	@Override
	public List<Problem> check(FacilityWorkbook workbook, CheckContext context) {
		if (workbook.getDevices().stream().anyMatch(d -> NAME.equals(d.getName()))) {
			throw new IllegalStateException(REASON);
		}
		return List.of();
	}
}
