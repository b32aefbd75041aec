package io.sekisho.cli.internal.checklist;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;

/**
 * sekishoc checklist editions | status FILE | suggest FILE [--edition ID] [--apply] | carry-over FILE [--to ID]: one
 * class per subcommand.
 */
public final class ChecklistCommand implements Command {

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		if (args.isEmpty()) {
			throw new CommandException(Messages.Checklist_missingSubcommand, ExitCode.USAGE);
		}
		List<String> rest = args.subList(1, args.size());
		return switch (args.get(0)) {
		case "editions" -> new EditionsSubcommand().run(rest, io); //$NON-NLS-1$
		case "status" -> new StatusSubcommand().run(rest, io); //$NON-NLS-1$
		case "suggest" -> new SuggestSubcommand().run(rest, io); //$NON-NLS-1$
		case "carry-over" -> new CarryOverSubcommand().run(rest, io); //$NON-NLS-1$
		default -> throw new CommandException(NLS.bind(Messages.Checklist_unknownSubcommand, args.get(0)), ExitCode.USAGE);
		};
	}
}
