package io.sekisho.cli.tests;

import java.util.List;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandIO;

/** Contributed by the test fragment: fails the way a command runs out of memory. */
public final class ErrorCommand implements Command {

	@Override
	public int run(List<String> args, CommandIO io) {
		throw new OutOfMemoryError("simulated: Java heap space");
	}
}
