package io.sekisho.firmware.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;

/**
 * sekishoc firmware SUBCOMMAND: the firmware register on the command line. Each subcommand is a class of its own
 * implementing {@link Command} (stateless, its arguments are the words after the subcommand name).
 * <p>
 * <b>Adding a subcommand</b> (fw-match: {@code lookup}, {@code identify}, {@code match}): write the class in this
 * package (e.g. {@code LookupSubcommand implements Command}, parsing its options with {@link StoreOption} for
 * {@code --store DIR}), add one line to {@link #SUBCOMMANDS} below, and add it to the {@code usage} attribute of
 * the {@code firmware} command in plugin.xml and to {@code Firmware_missingSubcommand} /
 * {@code Firmware_unknownSubcommand} in messages*.properties. Nothing else changes.
 */
public final class FirmwareCommand implements Command {

	/** The subcommands in the order usage lists them. */
	static final Map<String, Supplier<Command>> SUBCOMMANDS = new LinkedHashMap<>();
	static {
		SUBCOMMANDS.put("import", ImportSubcommand::new); //$NON-NLS-1$
		SUBCOMMANDS.put("status", StatusSubcommand::new); //$NON-NLS-1$
		SUBCOMMANDS.put("lookup", LookupSubcommand::new); //$NON-NLS-1$
		SUBCOMMANDS.put("identify", IdentifySubcommand::new); //$NON-NLS-1$
		SUBCOMMANDS.put("match", MatchSubcommand::new); //$NON-NLS-1$
	}

	@Override
	public int run(List<String> args, CommandIO io) throws CommandException {
		if (args.isEmpty()) {
			throw new CommandException(Messages.Firmware_missingSubcommand, ExitCode.USAGE);
		}
		Supplier<Command> subcommand = SUBCOMMANDS.get(args.get(0));
		if (subcommand == null) {
			throw new CommandException(NLS.bind(Messages.Firmware_unknownSubcommand, args.get(0)), ExitCode.USAGE);
		}
		return subcommand.get().run(args.subList(1, args.size()), io);
	}
}
