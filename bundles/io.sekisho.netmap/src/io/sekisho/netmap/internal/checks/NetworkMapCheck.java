package io.sekisho.netmap.internal.checks;

import java.util.List;

import io.sekisho.core.checks.CheckContext;
import io.sekisho.core.checks.FacilityCheck;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;
import io.sekisho.netmap.analysis.NetmapProblems;

/**
 * The network map's analysis rules (io.sekisho.netmap.rules) as a check, so {@code sekishoc validate} and the
 * Problems view show their results beside the other problems; a rule that failed is a warning naming its bundle.
 */
public final class NetworkMapCheck implements FacilityCheck {

	@Override
	public List<Problem> check(FacilityWorkbook workbook, CheckContext context) {
		return NetmapProblems.of(workbook);
	}
}
