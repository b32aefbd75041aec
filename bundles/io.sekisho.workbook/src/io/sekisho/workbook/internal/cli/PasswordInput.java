package io.sekisho.workbook.internal.cli;

import java.io.Console;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;

/**
 * Reads a workbook password from the terminal without echo, or, when standard input is not a terminal, from its
 * first line. Never from the command line: arguments show up in process lists and shell histories.
 */
final class PasswordInput {

	/** The longest line read from standard input; a password is far shorter. */
	static final int MAX_CHARS = 1024;

	private final CommandIO io;

	PasswordInput(CommandIO io) {
		this.io = io;
	}

	/**
	 * @param confirm ask twice on a terminal (for a new password)
	 */
	char[] read(String prompt, String again, boolean confirm) throws CommandException {
		Console console = System.console();
		if (console != null && io.in() == System.in) {
			char[] first = console.readPassword("%s", prompt); //$NON-NLS-1$
			if (first == null) {
				throw new CommandException(Messages.Password_none);
			}
			if (confirm) {
				char[] second = console.readPassword("%s", again); //$NON-NLS-1$
				boolean same = Arrays.equals(first, second);
				if (second != null) {
					Arrays.fill(second, '\0');
				}
				if (!same) {
					Arrays.fill(first, '\0');
					throw new CommandException(Messages.Password_mismatch);
				}
			}
			return first;
		}
		return firstLine(io.in());
	}

	/** Reads up to the first line break (a trailing CR is dropped). */
	static char[] firstLine(InputStream in) throws CommandException {
		char[] buffer = new char[MAX_CHARS];
		int length = 0;
		try {
			Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8);
			for (int c = reader.read(); c != -1 && c != '\n'; c = reader.read()) {
				if (length == MAX_CHARS) {
					Arrays.fill(buffer, '\0');
					throw new CommandException(Messages.Password_tooLong);
				}
				buffer[length++] = (char) c;
			}
		} catch (IOException e) {
			Arrays.fill(buffer, '\0');
			throw new CommandException(e.getMessage(), e);
		}
		if (length > 0 && buffer[length - 1] == '\r') {
			length--;
		}
		char[] password = Arrays.copyOf(buffer, length);
		Arrays.fill(buffer, '\0');
		if (password.length == 0) {
			throw new CommandException(Messages.Password_none);
		}
		return password;
	}
}
