package io.sekisho.cli;

import java.util.List;

/**
 * A subcommand of {@code sekishoc}, contributed through the extension point {@code io.sekisho.cli.commands}.
 * Implementations are stateless and have a public no-argument constructor.
 */
public interface Command {

	/**
	 * Runs the command.
	 *
	 * @param args the words after the command name
	 * @param io where to read and write; never {@code System.out} directly, so tests can capture it
	 * @return an exit code from {@link ExitCode}
	 * @throws CommandException for a failure the user can act on; its message is printed without a stack trace
	 */
	int run(List<String> args, CommandIO io) throws CommandException;
}
