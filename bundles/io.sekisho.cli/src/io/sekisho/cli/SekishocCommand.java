package io.sekisho.cli;

/**
 * A {@code sekishoc} command that runs: a class annotated with picocli's {@code @CommandLine.Command} whose options
 * and parameters are picocli {@code @Option} / {@code @Parameters} fields. sekishoc parses the command line into the
 * fields ({@code --opt value} and {@code --opt=value}, {@code --} before a parameter that starts with a dash,
 * {@code --help} on every command), reports a wrong command line in the user's language with exit code
 * {@link ExitCode#USAGE}, and only then calls {@link #run(CommandIO)}.
 * <p>
 * A command with subcommands ({@code sekishoc workbook export}) is a class annotated with
 * {@code @CommandLine.Command(subcommands = ...)} that need not implement this interface; the contribution to the
 * extension point {@code io.sekisho.cli.commands} names the top class. Every class has a public (or accessible)
 * no-argument constructor; a fresh instance is made for each run.
 * <p>
 * The help texts come from {@code commands.properties} (and {@code commands_ja.properties} ...) in the package of
 * the command class, with keys prefixed by the command's path: {@code workbook.export.usage.description} for the
 * command, {@code workbook.export.out} for its option {@code --out}, {@code workbook.export.FILE} for a parameter
 * with {@code descriptionKey = "FILE"}.
 *
 * @since 0.2
 */
public interface SekishocCommand {

	/**
	 * Runs the command with its options already parsed into the fields.
	 *
	 * @param io where to read and write; never {@code System.out} directly, so tests can capture it
	 * @return an exit code from {@link ExitCode}
	 * @throws CommandException for a failure the user can act on; its message is printed without a stack trace.
	 *                          With {@link ExitCode#USAGE} the command's synopsis follows it.
	 */
	int run(CommandIO io) throws CommandException;
}
