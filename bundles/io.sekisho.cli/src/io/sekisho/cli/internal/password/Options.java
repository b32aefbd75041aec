package io.sekisho.cli.internal.password;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.ExitCode;

/** The options of one passwords subcommand: flags, options with a value, and positional words. */
final class Options {

	private final Map<String, String> values = new HashMap<>();
	private final List<String> positional = new ArrayList<>();

	private Options() {
	}

	static Options parse(List<String> args, Set<String> flags, Set<String> withValue) throws CommandException {
		Options o = new Options();
		for (int i = 0; i < args.size(); i++) {
			String a = args.get(i);
			if (flags.contains(a)) {
				o.values.put(a, "true"); //$NON-NLS-1$
			} else if (withValue.contains(a)) {
				if (i + 1 >= args.size()) {
					throw new CommandException(NLS.bind(Messages.Options_missingValue, a), ExitCode.USAGE);
				}
				o.values.put(a, args.get(++i));
			} else if (a.startsWith("-")) { //$NON-NLS-1$
				throw new CommandException(NLS.bind(Messages.Options_unknown, a), ExitCode.USAGE);
			} else {
				o.positional.add(a);
			}
		}
		return o;
	}

	boolean flag(String name) {
		return values.containsKey(name);
	}

	Optional<String> value(String name) {
		return Optional.ofNullable(values.get(name));
	}

	int number(String name, int fallback, int min, int max) throws CommandException {
		String v = values.get(name);
		if (v == null) {
			return fallback;
		}
		try {
			int n = Integer.parseInt(v);
			if (n < min || n > max) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new CommandException(NLS.bind(Messages.Options_badNumber, new Object[] { name, v, min, max }), ExitCode.USAGE);
		}
	}

	List<String> positional() {
		return positional;
	}
}
