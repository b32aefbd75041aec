package io.sekisho.cli.internal;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;

/** The dispatcher of sekishoc: picks the command named by the first argument and runs it. */
public final class Sekishoc {

	private final CommandRegistry registry;

	public Sekishoc(CommandRegistry registry) {
		this.registry = registry;
	}

	public int execute(String[] args, CommandIO io) {
		if (args.length == 0) {
			printUsage(io.err());
			return ExitCode.USAGE;
		}
		String name = args[0];
		if (name.equals("--help") || name.equals("-h")) { //$NON-NLS-1$ //$NON-NLS-2$
			name = "help"; //$NON-NLS-1$
		} else if (name.equals("--version")) { //$NON-NLS-1$
			name = "version"; //$NON-NLS-1$
		}
		Optional<CommandDescriptor> descriptor = registry.find(name);
		if (descriptor.isEmpty()) {
			io.err().println(NLS.bind(Messages.Sekishoc_unknownCommand, name));
			printUsage(io.err());
			return ExitCode.USAGE;
		}
		List<String> rest = List.copyOf(Arrays.asList(args).subList(1, args.length));
		try {
			Command command = descriptor.get().create();
			if (command instanceof HelpCommand help) {
				help.setRegistry(registry);
			}
			return command.run(rest, io);
		} catch (CommandException e) {
			io.err().println(NLS.bind(Messages.Sekishoc_error, e.getMessage()));
			if (e.exitCode() == ExitCode.USAGE) {
				io.err().println(NLS.bind(Messages.Sekishoc_usageOf, descriptor.get().usage()));
			}
			return e.exitCode();
		} catch (CoreException | RuntimeException e) {
			io.err().println(NLS.bind(Messages.Sekishoc_internalError, name));
			e.printStackTrace(io.err());
			return ExitCode.INTERNAL_ERROR;
		} catch (Throwable e) { // NOPMD: an Error (out of memory, stack overflow, linkage) must not end as exit 0
			fatal(name, e, io);
			return ExitCode.INTERNAL_ERROR;
		}
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

	public void printUsage(java.io.PrintStream out) {
		out.println(Messages.Sekishoc_usage);
		out.println();
		out.println(Messages.Sekishoc_commands);
		// synopsis on its own line, the summary indented below: synopses of commands with subcommands are long
		for (CommandDescriptor d : registry.all()) {
			out.println("  " + d.usage()); //$NON-NLS-1$
			out.println("      " + d.summary()); //$NON-NLS-1$
		}
		if (!registry.conflicts().isEmpty()) {
			out.println(NLS.bind(Messages.Sekishoc_conflicts, registry.conflicts()));
		}
	}
}
