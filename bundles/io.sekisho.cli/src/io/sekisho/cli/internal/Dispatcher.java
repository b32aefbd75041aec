package io.sekisho.cli.internal;

import java.io.PrintStream;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The dispatcher of sekishoc: the first argument names a contribution to io.sekisho.cli.commands (its class is
 * loaded only then); picocli parses the rest into that command and its subcommands; the command runs.
 */
public final class Dispatcher {

	private final CommandRegistry registry;

	public Dispatcher(CommandRegistry registry) {
		this.registry = registry;
	}

	public int execute(String[] args, CommandIO io) {
		if (args.length == 0) {
			printUsage(io.err());
			return ExitCode.USAGE;
		}
		String name = args[0];
		if (name.equals("--help") || name.equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
			name = HelpCommand.NAME;
		} else if (name.equals("--version")) { //$NON-NLS-1$
			name = "version"; //$NON-NLS-1$
		}
		Optional<CommandDescriptor> descriptor = registry.find(name);
		if (descriptor.isEmpty()) {
			io.err().println(NLS.bind(Messages.Sekishoc_error, NLS.bind(Messages.Sekishoc_unknownCommand, name)));
			printUsage(io.err());
			return ExitCode.USAGE;
		}
		List<String> rest = List.copyOf(Arrays.asList(args).subList(1, args.length));
		try {
			Object command = descriptor.get().create();
			if (command instanceof HelpCommand help) {
				help.setRegistry(registry);
			}
			if (CommandLines.isLegacy(command)) {
				return legacy(command, rest, io, descriptor.get());
			}
			return run(CommandLines.create(descriptor.get(), command), rest, io);
		} catch (CommandException e) { // the command could not be created
			io.err().println(NLS.bind(Messages.Sekishoc_error, e.getMessage()));
			return e.exitCode();
		} catch (RuntimeException e) {
			io.err().println(NLS.bind(Messages.Sekishoc_internalError, name));
			e.printStackTrace(io.err());
			return ExitCode.INTERNAL_ERROR;
		} catch (Throwable e) { // NOPMD: an Error (out of memory, stack overflow, linkage) must not end as exit 0
			fatal(name, e, io);
			return ExitCode.INTERNAL_ERROR;
		}
	}

	private static int run(CommandLine line, List<String> args, CommandIO io) {
		ParseResult parsed;
		try {
			parsed = line.parseArgs(args.toArray(String[]::new));
		} catch (ParameterException e) {
			io.err().println(NLS.bind(Messages.Sekishoc_error, UsageErrors.message(e, args)));
			printSynopsis(e.getCommandLine(), io.err());
			return ExitCode.USAGE;
		}
		ParseResult last = parsed;
		while (last.hasSubcommand()) {
			last = last.subcommand();
		}
		CommandLine target = last.commandSpec().commandLine();
		if (last.isUsageHelpRequested()) {
			CommandLines.printHelp(target, io.out());
			return ExitCode.OK;
		}
		if (!(last.commandSpec().userObject() instanceof SekishocCommand command)) {
			// a command that only groups subcommands, given none of them
			io.err().println(NLS.bind(Messages.Sekishoc_error, NLS.bind(Messages.Sekishoc_missingSubcommand,
					CommandLines.path(target), String.join(", ", target.getSubcommands().keySet())))); //$NON-NLS-1$
			printSynopsis(target, io.err());
			return ExitCode.USAGE;
		}
		try {
			return command.run(io);
		} catch (CommandException e) {
			io.err().println(NLS.bind(Messages.Sekishoc_error, e.getMessage()));
			if (e.exitCode() == ExitCode.USAGE) {
				printSynopsis(target, io.err());
			}
			return e.exitCode();
		}
	}

	@SuppressWarnings("removal")
	private static int legacy(Object command, List<String> args, CommandIO io, CommandDescriptor descriptor) {
		try {
			return ((io.sekisho.cli.Command) command).run(args, io);
		} catch (CommandException e) {
			io.err().println(NLS.bind(Messages.Sekishoc_error, e.getMessage()));
			if (e.exitCode() == ExitCode.USAGE && descriptor.usage() != null) {
				io.err().println(NLS.bind(Messages.Sekishoc_usageOf, descriptor.usage()));
			}
			return e.exitCode();
		}
	}

	/** The synopsis of the command the error is about, and how to get its whole help. */
	private static void printSynopsis(CommandLine line, PrintStream err) {
		err.print(line.getHelp().synopsisHeading() + line.getHelp().synopsis(0));
		err.println(NLS.bind(Messages.Sekishoc_helpHint, CommandLines.path(line)));
	}

	/** Reports an Error; kept short, as there may be little memory left to print with. */
	private static void fatal(String name, Throwable e, CommandIO io) {
		try {
			io.err().println(NLS.bind(Messages.Sekishoc_fatalError, name, e.getClass().getSimpleName()));
			e.printStackTrace(io.err());
		} catch (Throwable again) { // NOPMD: printing failed too; the exit code still says it
			// nothing more can be done
		}
	}

	public void printUsage(PrintStream out) {
		out.println(Messages.Sekishoc_usage);
		out.println();
		out.println(Messages.Sekishoc_commands);
		// synopsis on its own line, the summary indented below: synopses of commands with subcommands are long
		for (CommandDescriptor d : registry.all()) {
			out.println("  " + d.synopsis()); //$NON-NLS-1$
			out.println("      " + d.summary()); //$NON-NLS-1$
		}
		if (!registry.conflicts().isEmpty()) {
			out.println(NLS.bind(Messages.Sekishoc_conflicts, registry.conflicts()));
		}
	}
}
