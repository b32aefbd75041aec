package io.sekisho.netmap.internal.cli;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.netmap.internal.Messages;

/** sekishoc netmap analyze | import | export: the network map from the command line. */
public final class NetmapCommand implements Command {

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		if (args.isEmpty()) {
			throw new CommandException(Messages.Cli_usage, ExitCode.USAGE);
		}
		List<String> rest = args.subList(1, args.size());
		return switch (args.get(0)) {
			case "analyze" -> new AnalyzeSubcommand().run(rest, io); //$NON-NLS-1$
			case "import" -> new ImportSubcommand().run(rest, io); //$NON-NLS-1$
			case "export" -> new ExportSubcommand().run(rest, io); //$NON-NLS-1$
			default -> throw new CommandException(NLS.bind(Messages.Cli_unknownSubcommand, args.get(0)), ExitCode.USAGE);
		};
	}
}
