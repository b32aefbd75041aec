package io.sekisho.cli.internal.password;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;

/** sekishoc passwords check|generate|assess|import-breached: dispatches to the subcommand. */
public final class PasswordsCommand implements Command {

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		if (args.isEmpty()) {
			throw new CommandException(Messages.Passwords_missingSubcommand, ExitCode.USAGE);
		}
		List<String> rest = args.subList(1, args.size());
		return switch (args.get(0)) {
		case "check" -> new CheckPasswords().run(rest, io); //$NON-NLS-1$
		case "generate" -> new GeneratePasswords().run(rest, io); //$NON-NLS-1$
		case "assess" -> new AssessPasswords().run(rest, io); //$NON-NLS-1$
		case "import-breached" -> new ImportBreached().run(rest, io); //$NON-NLS-1$
		default -> throw new CommandException(NLS.bind(Messages.Passwords_unknownSubcommand, args.get(0)), ExitCode.USAGE);
		};
	}
}
