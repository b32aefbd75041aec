package io.sekisho.cli.internal.model;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.model.validation.Problem;
import io.sekisho.model.validation.WorkbookValidation;

/**
 * sekishoc validate FILE: one line per problem (severity, element path, message) on stdout, a count on stderr;
 * exit 1 when there is an error, 0 otherwise (warnings alone do not fail).
 */
public final class ValidateCommand implements Command {

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		if (args.size() != 1) {
			throw new CommandException(args.isEmpty() ? Messages.Validate_missingFile : NLS.bind(Messages.Model_unexpectedArgument, args.get(1)),
					ExitCode.USAGE);
		}
		Path file = Path.of(args.get(0));
		List<Problem> problems = new WorkbookValidation().validate(ModelFiles.load(file).workbook());
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
		io.err().println(NLS.bind(Messages.Validate_summary, new Object[] { file, errors, warnings }));
		return errors > 0 ? ExitCode.PROBLEMS : ExitCode.OK;
	}

	private static String severity(Problem p) {
		return p.isError() ? Messages.Validate_error : p.severity() == org.eclipse.emf.common.util.Diagnostic.WARNING ? Messages.Validate_warning
				: Messages.Validate_info;
	}

	/** Loading with the errors a user can act on turned into command errors. */
	static final class ModelFiles {
		private ModelFiles() {
		}

		static io.sekisho.model.persistence.SekishoResource load(Path file) throws CommandException {
			if (!Files.isRegularFile(file)) {
				throw new CommandException(NLS.bind(Messages.Model_fileNotFound, file));
			}
			try {
				return SekishoFiles.load(file);
			} catch (IOException e) {
				// ModelLoadException's message already names the file, line and column
				throw new CommandException(e.getMessage(), e);
			}
		}
	}
}
