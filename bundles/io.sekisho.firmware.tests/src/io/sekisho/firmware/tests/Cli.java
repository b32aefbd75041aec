package io.sekisho.firmware.tests;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.RegistryFactory;

import io.sekisho.cli.Command;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;

/** Runs a sekishoc command in-process, as contributed to io.sekisho.cli.commands, and captures its output. */
record Cli(int exitCode, String out, String err) {

	static Cli run(Command command, String stdin, String... args) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		CommandIO io = new CommandIO(new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)), new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8));
		int code;
		try {
			code = command.run(List.of(args), io);
		} catch (CommandException e) {
			io.err().println(e.getMessage());
			code = e.exitCode();
		}
		return new Cli(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
	}

	/** @return the command of that name from the extension point, as sekishoc finds it */
	static Command command(String name) throws CoreException {
		for (IConfigurationElement e : RegistryFactory.getRegistry().getConfigurationElementsFor("io.sekisho.cli.commands")) {
			if (name.equals(e.getAttribute("name"))) {
				return (Command) e.createExecutableExtension("class");
			}
		}
		throw new AssertionError("no command " + name);
	}
}
