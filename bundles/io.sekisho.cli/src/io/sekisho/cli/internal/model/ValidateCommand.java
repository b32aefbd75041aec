package io.sekisho.cli.internal.model;

import java.nio.file.Path;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.SekishocCommand;
import io.sekisho.model.facility.FacilityWorkbook;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * sekishoc validate FILE: one line per problem (severity, element path, message) on stdout, a count on stderr;
 * exit 1 when there is an error, 0 otherwise (warnings alone do not fail). It runs every check contributed to
 * io.sekisho.core.checks — the model's, the checklist's answer warnings, the firmware register's, the network map's
 * and vendors' — the same as the rich client's Problems view.
 */
@Command(name = "validate")
public final class ValidateCommand implements SekishocCommand {

	@Parameters(paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path file;

	@Override
	public int run(CommandIO io) throws CommandException {
		FacilityWorkbook workbook = CommandFiles.load(file).workbook();
		return ValidationOutput.print(file, workbook, io);
	}
}
