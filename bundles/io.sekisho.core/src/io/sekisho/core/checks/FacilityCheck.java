package io.sekisho.core.checks;

import java.util.List;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;

/**
 * One check of a facility, contributed through {@code io.sekisho.core.checks}: the model's own validation, the
 * device catalog's end of support, the checklist's answer warnings, the firmware register's statuses, the network
 * map's rules, a vendor's own check. {@code sekishoc validate} and the Problems view of the rich client run the
 * same checks through {@link FacilityChecks}.
 * <p>
 * A check only reads the facility, must not keep state between runs and may run on any thread (the rich client
 * runs it on a copy of the facility in a background job). Implementations have a public no-argument constructor.
 * </p>
 */
public interface FacilityCheck {

	/**
	 * @return the problems found, each naming its element (use {@link CheckContext#error}, {@link CheckContext#warning}
	 *         and {@link CheckContext#info}); an empty list when all is well. Throwing skips this check only: the
	 *         failure is reported with the contributing bundle.
	 */
	List<Problem> check(FacilityWorkbook workbook, CheckContext context) throws Exception;
}
