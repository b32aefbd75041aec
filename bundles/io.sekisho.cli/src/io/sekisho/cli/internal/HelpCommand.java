package io.sekisho.cli.internal;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** sekishoc help [COMMAND [SUBCOMMAND...]]: the list of commands, or the help of one command or subcommand. */
@Command(name = HelpCommand.NAME)
public final class HelpCommand implements SekishocCommand {

	static final String NAME = "help"; //$NON-NLS-1$

	@Parameters(paramLabel = "COMMAND", descriptionKey = "COMMAND", arity = "0..*")
	private List<String> names = new ArrayList<>();

	private CommandRegistry registry;

	void setRegistry(CommandRegistry registry) {
		this.registry = registry;
	}

	@Override
	public int run(CommandIO io) throws CommandException {
		CommandRegistry commands = registry != null ? registry : CommandRegistry.fromPlatform();
		if (names.isEmpty()) {
			new Dispatcher(commands).printUsage(io.out());
			return ExitCode.OK;
		}
		CommandDescriptor d = commands.find(names.get(0))
				.orElseThrow(() -> new CommandException(NLS.bind(Messages.Sekishoc_unknownCommand, names.get(0)), ExitCode.USAGE));
		Object command = d.create();
		if (CommandLines.isLegacy(command)) {
			io.out().println(NLS.bind(Messages.Sekishoc_usageOf, d.synopsis()));
			io.out().println("  " + d.summary()); //$NON-NLS-1$
			return ExitCode.OK;
		}
		CommandLine line = CommandLines.create(d, command);
		for (String sub : names.subList(1, names.size())) {
			CommandLine next = line.getSubcommands().get(sub);
			if (next == null) {
				throw new CommandException(NLS.bind(Messages.Help_unknownSubcommand, CommandLines.path(line), sub), ExitCode.USAGE);
			}
			line = next;
		}
		CommandLines.printHelp(line, io.out());
		return ExitCode.OK;
	}
}
