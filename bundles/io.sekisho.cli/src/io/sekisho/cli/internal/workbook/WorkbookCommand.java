package io.sekisho.cli.internal.workbook;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;

/**
 * sekishoc workbook export|import-answers: the handover workbook. Each subcommand is a class of its own.
 */
public final class WorkbookCommand implements Command {

	static final String EXPORT = "export"; //$NON-NLS-1$
	static final String IMPORT_ANSWERS = "import-answers"; //$NON-NLS-1$

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		if (args.isEmpty()) {
			throw new CommandException(Messages.Workbook_missingSubcommand, ExitCode.USAGE);
		}
		List<String> rest = args.subList(1, args.size());
		return switch (args.get(0)) {
		case EXPORT -> new ExportWorkbook(io).run(rest);
		case IMPORT_ANSWERS -> new ImportAnswers(io).run(rest);
		default -> throw new CommandException(NLS.bind(Messages.Workbook_unknownSubcommand, args.get(0)), ExitCode.USAGE);
		};
	}
}
