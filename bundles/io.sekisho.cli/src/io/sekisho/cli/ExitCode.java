package io.sekisho.cli;

/** Exit codes of sekishoc, the same for every command. */
public final class ExitCode {
	/** Done, nothing to report. */
	public static final int OK = 0;
	/** Done, and the data has problems (validation errors, rejected passwords), or the command failed. */
	public static final int PROBLEMS = 1;
	/** The command line was wrong: unknown command or option, missing argument. Usage goes to stderr. */
	public static final int USAGE = 2;
	/** An unexpected internal error: a bug, reported with its stack trace. */
	public static final int INTERNAL_ERROR = 3;

	private ExitCode() {
	}
}
