package io.sekisho.checklist.internal.cli;

import picocli.CommandLine.Command;

/**
 * sekishoc checklist editions | status FILE | suggest FILE [--edition ID] [--apply] | carry-over FILE [--to ID]: one
 * class per subcommand.
 */
@Command(name = "checklist", subcommands = { EditionsSubcommand.class, StatusSubcommand.class, SuggestSubcommand.class,
		CarryOverSubcommand.class })
public final class ChecklistCommand {
}
