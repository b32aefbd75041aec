package io.sekisho.cli.tests;

import io.sekisho.cli.CommandIO;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;

/** Contributed by the test fragment: fails the way a command runs out of memory. */
@Command(name = "test-error")
public final class ErrorCommand implements SekishocCommand {

	@Override
	public int run(CommandIO io) {
		throw new OutOfMemoryError("simulated: Java heap space");
	}
}
