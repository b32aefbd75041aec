package io.sekisho.cli.tests;

import java.util.List;

import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;

/** Contributed by the test fragment: a command written against Sekisho 0.1's interface still runs, with its own words. */
@SuppressWarnings("removal")
public final class LegacyCommand implements io.sekisho.cli.Command {

	@Override
	public int run(List<String> args, CommandIO io) {
		io.out().println(String.join("|", args));
		return ExitCode.OK;
	}
}
