package io.sekisho.cli;

import java.util.List;

/**
 * A subcommand of {@code sekishoc} that parses its own arguments, as vendor commands of Sekisho 0.1 did. Such a
 * command still runs (it gets the words after its name), but has no {@code --help} and no common error style.
 *
 * @deprecated since 0.2: write a picocli-annotated {@link SekishocCommand} instead; this interface goes away in a
 *             later 0.x version
 */
@Deprecated(since = "0.2", forRemoval = true)
public interface Command {

	/**
	 * Runs the command.
	 *
	 * @param args the words after the command name
	 * @param io where to read and write
	 * @return an exit code from {@link ExitCode}
	 * @throws CommandException for a failure the user can act on; its message is printed without a stack trace
	 */
	int run(List<String> args, CommandIO io) throws CommandException;
}
