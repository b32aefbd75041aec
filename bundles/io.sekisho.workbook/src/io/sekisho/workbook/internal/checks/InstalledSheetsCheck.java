package io.sekisho.workbook.internal.checks;

import java.util.List;

import io.sekisho.core.checks.CheckContext;
import io.sekisho.core.checks.FacilityCheck;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;
import io.sekisho.workbook.HandoverExport;
import io.sekisho.workbook.internal.SheetContributorRegistry;

/**
 * Workbook sheet contributions of this installation that the handover export would skip (no id, twice, a bad
 * order, a class that cannot be created), each naming its bundle, so the rich client shows them before an export.
 * The sheets are created once per state of the registry, not at every check.
 */
public final class InstalledSheetsCheck implements FacilityCheck {

	private record Known(SheetContributorRegistry registry, List<String> problems) {
	}

	private static volatile Known known;

	@Override
	public List<Problem> check(FacilityWorkbook workbook, CheckContext context) {
		SheetContributorRegistry registry = SheetContributorRegistry.fromPlatform();
		Known current = known;
		if (current == null || current.registry() != registry) {
			current = new Known(registry, HandoverExport.fromPlatform().problems());
			known = current;
		}
		return current.problems().stream().map(problem -> context.warning(null, problem)).toList();
	}
}
