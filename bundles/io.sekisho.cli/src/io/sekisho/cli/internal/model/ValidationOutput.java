package io.sekisho.cli.internal.model;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.core.checks.CheckReport;
import io.sekisho.core.checks.FacilityChecks;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.Problem;

/**
 * What {@code sekishoc validate} prints: the problems of every check contributed to {@code io.sekisho.core.checks}
 * (the same as the rich client's Problems view), one tab-separated line each, then a count on standard error. A
 * check that could not run is a warning naming its bundle.
 */
final class ValidationOutput {

	private ValidationOutput() {
	}

	/** @return {@link ExitCode#PROBLEMS} when there is an error, {@link ExitCode#OK} otherwise (warnings alone do not fail) */
	static int print(Path file, FacilityWorkbook workbook, CommandIO io) {
		CheckReport report = FacilityChecks.fromPlatform().run(workbook);
		int errors = 0;
		int warnings = 0;
		for (Problem p : report.problemsAndFailures()) {
			io.out().println(NLS.bind(Messages.Validate_line, new Object[] { severity(p), p.path(), p.message() }));
			if (p.isError()) {
				errors++;
			} else if (p.severity() == org.eclipse.emf.common.util.Diagnostic.WARNING) {
				warnings++; // notes (the firmware register's "check by hand", a rule's info) are printed, not counted
			}
		}
		io.err().println(NLS.bind(Messages.Validate_summary, new Object[] { file, errors, warnings }));
		return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
	}

	private static String severity(Problem p) {
		return p.isError() ? Messages.Validate_error
				: p.severity() == org.eclipse.emf.common.util.Diagnostic.WARNING ? Messages.Validate_warning : Messages.Validate_info;
	}
}
