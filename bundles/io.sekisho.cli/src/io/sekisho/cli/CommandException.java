package io.sekisho.cli;

/** A failure a user can act on (file not found, file corrupt ...): sekishoc prints the message and exits with the code. */
public class CommandException extends Exception {
	private static final long serialVersionUID = 1L;

	private final int exitCode;

	public CommandException(String message, int exitCode) {
		super(message);
		this.exitCode = exitCode;
	}

	public CommandException(String message, Throwable cause) {
		super(message, cause);
		this.exitCode = ExitCode.PROBLEMS;
	}

	public CommandException(String message) {
		this(message, ExitCode.PROBLEMS);
	}

	public int exitCode() {
		return exitCode;
	}
}
