package io.sekisho.cli.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import io.sekisho.cli.CommandIO;
import io.sekisho.cli.Sekishoc;

/** Runs sekishoc in-process against the running platform's commands and captures its output. */
public record CliRun(int exitCode, String out, String err) {

	public static CliRun withInput(String stdin, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandIO io = new CommandIO(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		int code = Sekishoc.run(io, args);
		return new CliRun(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	public static CliRun of(String... args) {
		return withInput("", args);
	}
}
