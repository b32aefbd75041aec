package io.sekisho.cli.internal.model;

import java.nio.file.Path;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.facility.FacilityWorkbook;

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
		FacilityWorkbook workbook = CommandFiles.load(file).workbook();
		// every check contributed to io.sekisho.core.checks, the same as the rich client's Problems view
		return ValidationOutput.print(file, workbook, io);
	}
}
