package io.sekisho.firmware.cli;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.ExitCode;

/** The command line of one firmware subcommand: options with a value, flags and positional words. */
record Options(Map<String, String> values, Set<String> flags, List<String> positional) {

	static Options parse(List<String> args, List<String> withValue, List<String> flagNames) throws CommandException {
		Map<String, String> values = new HashMap<>();
		Set<String> flags = new HashSet<>();
		List<String> positional = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (withValue.contains(arg)) {
				if (i + 1 >= args.size()) {
					throw new CommandException(NLS.bind(MatchMessages.Cli_missingValue, arg), ExitCode.USAGE);
				}
				if (values.put(arg, args.get(++i)) != null) {
					throw new CommandException(NLS.bind(MatchMessages.Cli_repeated, arg), ExitCode.USAGE);
				}
			} else if (flagNames.contains(arg)) {
				flags.add(arg);
			} else if (arg.startsWith("--")) { //$NON-NLS-1$
				throw new CommandException(NLS.bind(MatchMessages.Cli_unexpectedArgument, arg), ExitCode.USAGE);
			} else {
				positional.add(arg);
			}
		}
		return new Options(values, flags, positional);
	}

	Optional<String> value(String name) {
		return Optional.ofNullable(values.get(name));
	}

	boolean flag(String name) {
		return flags.contains(name);
	}
}
