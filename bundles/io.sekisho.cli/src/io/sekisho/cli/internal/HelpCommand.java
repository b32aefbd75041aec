package io.sekisho.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;

/** sekishoc help [COMMAND]: the list of commands, or the synopsis of one. */
public final class HelpCommand implements Command {

	private CommandRegistry registry;

	void setRegistry(CommandRegistry registry) {
		this.registry = registry;
	}

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		CommandRegistry commands = registry != null ? registry : CommandRegistry.fromPlatform();
		if (args.isEmpty()) {
			new Sekishoc(commands).printUsage(io.out());
			return ExitCode.OK;
		}
		if (args.size() > 1) {
			throw new CommandException(Messages.Help_tooManyArguments, ExitCode.USAGE);
		}
		CommandDescriptor d = commands.find(args.get(0))
				.orElseThrow(() -> new CommandException(NLS.bind(Messages.Sekishoc_unknownCommand, args.get(0)), ExitCode.USAGE));
		io.out().println(NLS.bind(Messages.Sekishoc_usageOf, d.usage()));
		io.out().println("  " + d.summary()); //$NON-NLS-1$
		return ExitCode.OK;
	}
}
