package io.sekisho.netmap.internal.cli;

import picocli.CommandLine.Command;

/** sekishoc netmap analyze | import | export: the network map from the command line. */
@Command(name = "netmap", subcommands = { AnalyzeSubcommand.class, ImportSubcommand.class, ExportSubcommand.class })
public final class NetmapCommand {
}
