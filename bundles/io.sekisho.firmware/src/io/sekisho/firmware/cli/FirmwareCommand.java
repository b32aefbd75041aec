package io.sekisho.firmware.cli;

import picocli.CommandLine.Command;

/**
 * sekishoc firmware SUBCOMMAND: the firmware register on the command line. Each subcommand is a class of its own,
 * a picocli command implementing {@link io.sekisho.cli.SekishocCommand}; {@code --store DIR} is the mixin
 * {@link StoreOption}.
 * <p>
 * <b>Adding a subcommand</b>: write the class in this package, add it to {@code subcommands} below, and its help
 * texts to commands*.properties (keys {@code firmware.NAME.usage.description}, {@code firmware.NAME.OPTION}).
 */
@Command(name = "firmware", subcommands = { ImportSubcommand.class, StatusSubcommand.class, LookupSubcommand.class, IdentifySubcommand.class,
		MatchSubcommand.class })
public final class FirmwareCommand {
}
