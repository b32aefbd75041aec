package io.sekisho.cli.internal;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.OverwrittenOptionException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.TypeConversionException;
import picocli.CommandLine.UnmatchedArgumentException;

/**
 * A wrong command line, as picocli found it, in the user's language and naming the option or argument. picocli's own
 * messages are English only; they appear only for cases not listed here, after a localized lead-in.
 */
final class UsageErrors {

	private UsageErrors() {
	}

	static String message(ParameterException e, List<String> args) {
		// picocli notes unknown words while parsing and reports missing required ones first: the unknown word is
		// the mistake (a misspelt --otu FILE leaves --out missing), so it is named first
		List<String> unmatched = e instanceof UnmatchedArgumentException u ? u.getUnmatched() : e.getCommandLine().getUnmatchedArguments();
		if (!unmatched.isEmpty()) {
			String word = unmatched.get(0);
			return NLS.bind(word.startsWith("-") && word.length() > 1 ? Messages.Usage_unknownOption : Messages.Usage_unexpectedArgument, word); //$NON-NLS-1$
		}
		if (e instanceof MissingParameterException m && !m.getMissing().isEmpty()) {
			ArgSpec missing = m.getMissing().get(0);
			if (missing instanceof OptionSpec option) {
				return NLS.bind(given(option, args) ? Messages.Usage_missingValue : Messages.Usage_missingOption, option.longestName(),
						option.paramLabel());
			}
			return NLS.bind(Messages.Usage_missingParameter, missing.paramLabel());
		}
		if (e instanceof OverwrittenOptionException o) {
			return NLS.bind(Messages.Usage_repeated, name(o.getOverwritten()));
		}
		if (e.getCause() instanceof TypeConversionException && e.getArgSpec() != null) {
			Class<?> type = e.getArgSpec().type();
			boolean number = type == int.class || type == Integer.class || type == long.class || type == Long.class;
			return NLS.bind(number ? Messages.Usage_notANumber : Messages.Usage_invalidValue, name(e.getArgSpec()), e.getValue());
		}
		return NLS.bind(Messages.Usage_other, e.getMessage());
	}

	/** The option was typed (so its value is what is missing), as {@code --out} or {@code --out=}. */
	private static boolean given(OptionSpec option, List<String> args) {
		for (String arg : args) {
			for (String name : option.names()) {
				if (arg.equals(name) || arg.startsWith(name + '=')) {
					return true;
				}
			}
		}
		return false;
	}

	private static String name(ArgSpec spec) {
		return spec instanceof OptionSpec o ? o.longestName() : spec.paramLabel();
	}
}
