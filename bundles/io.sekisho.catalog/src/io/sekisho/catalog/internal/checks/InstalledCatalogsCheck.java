package io.sekisho.catalog.internal.checks;

import java.util.List;

import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.core.checks.CheckContext;
import io.sekisho.core.checks.FacilityCheck;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;

/** Catalog files of this installation that could not be read, each naming its bundle and file. */
public final class InstalledCatalogsCheck implements FacilityCheck {

	@Override
	public List<Problem> check(FacilityWorkbook workbook, CheckContext context) {
		return DeviceCatalog.fromPlatform().problems().stream().map(problem -> context.warning(null, problem)).toList();
	}
}
