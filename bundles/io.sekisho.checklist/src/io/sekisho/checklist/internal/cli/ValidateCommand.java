package io.sekisho.checklist.internal.cli;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.evaluation.AnswerWarnings;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.cli.SekishocCommand;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.validation.ElementPath;
import io.sekisho.model.validation.Problem;
import io.sekisho.model.validation.WorkbookValidation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * sekishoc validate FILE: one line per problem (severity, element path, message) on stdout, a count on stderr;
 * exit 1 when there is an error, 0 otherwise (warnings alone do not fail).
 */
@Command(name = "validate")
public final class ValidateCommand implements SekishocCommand {

	@Parameters(paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path file;

	@Override
	public int run(CommandIO io) throws CommandException {
		FacilityWorkbook workbook = CommandFiles.load(file).workbook();
		List<Problem> problems = new WorkbookValidation().validate(workbook);
		int errors = 0;
		int warnings = 0;
		for (Problem p : problems) {
			io.out().println(NLS.bind(Messages.Validate_line, new Object[] { severity(p), p.path(), p.message() }));
			if (p.isError()) {
				errors++;
			} else {
				warnings++;
			}
		}
		// the checklist's warnings on answers: a recorded はい the evidence in the model contradicts, and the like
		for (Diagnostic warning : answerWarnings().check(workbook)) {
			Object element = warning.getData().isEmpty() ? null : warning.getData().get(0);
			String path = element instanceof EObject eObject ? ElementPath.of(eObject) : "/"; //$NON-NLS-1$
			io.out().println(NLS.bind(Messages.Validate_line, new Object[] { Messages.Validate_warning, path, warning.getMessage() }));
			warnings++;
		}
		io.err().println(NLS.bind(Messages.Validate_summary, new Object[] { file, errors, warnings }));
		return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
	}

	private static AnswerWarnings answerWarnings() {
		return new AnswerWarnings(EditionRegistry.fromPlatform(), new Suggestions(EvaluatorRegistry.fromPlatform(), LocalDate.now()));
	}

	private static String severity(Problem p) {
		return p.isError() ? Messages.Validate_error : p.severity() == org.eclipse.emf.common.util.Diagnostic.WARNING ? Messages.Validate_warning
				: Messages.Validate_info;
	}
}
