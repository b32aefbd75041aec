package io.sekisho.firmware.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.sekisho.cli.CommandIO;
import io.sekisho.cli.Sekishoc;
import picocli.CommandLine.Command;

/** Runs a sekishoc command in-process, as the command line runs it, and captures its output. */
record Cli(int exitCode, String out, String err) {

	/**
	 * Runs {@code sekishoc firmware SUB ARGS}, SUB being the name of the given subcommand class.
	 *
	 * @param subcommand an instance of a subcommand class of sekishoc firmware, or a {@link #command(String)}
	 */
	static Cli run(Object subcommand, String stdin, String... args) {
		String[] words = subcommand instanceof TopCommand top ? prepend(args, top.name()) : prepend(prepend(args, name(subcommand)), "firmware");
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandIO io = new CommandIO(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		int code = Sekishoc.run(io, words);
		return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** @return the command of that name, as sekishoc finds it among the contributions */
	static Object command(String name) {
		return new TopCommand(name);
	}

	private record TopCommand(String name) {
	}

	private static String name(Object subcommand) {
		return subcommand.getClass().getAnnotation(Command.class).name();
	}

	private static String[] prepend(String[] args, String first) {
		String[] words = new String[args.length + 1];
		words[0] = first;
		System.arraycopy(args, 0, words, 1, args.length);
		return words;
	}
}
