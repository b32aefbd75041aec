package io.sekisho.cli.internal.workbook;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.ExitCode;

/** The words of a workbook subcommand: positional arguments, options with a value, flags. */
final class Arguments {

	private final List<String> positional = new ArrayList<>();
	private final Map<String, String> values = new HashMap<>();
	private final Set<String> flags = new HashSet<>();

	/**
	 * @param withValue options followed by a value (--out FILE)
	 * @param flagNames options without a value (--encrypt)
	 */
	Arguments(List<String> args, Set<String> withValue, Set<String> flagNames) throws CommandException {
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (withValue.contains(arg)) {
				if (i + 1 >= args.size() || values.containsKey(arg)) {
					throw new CommandException(NLS.bind(Messages.Workbook_optionValue, arg), ExitCode.USAGE);
				}
				values.put(arg, args.get(++i));
			} else if (flagNames.contains(arg)) {
				flags.add(arg);
			} else if (arg.startsWith("-")) { //$NON-NLS-1$
				throw new CommandException(NLS.bind(Messages.Workbook_unexpectedArgument, arg), ExitCode.USAGE);
			} else {
				positional.add(arg);
			}
		}
	}

	List<String> positional() {
		return positional;
	}

	String value(String option) {
		return values.get(option);
	}

	boolean flag(String flag) {
		return flags.contains(flag);
	}
}
