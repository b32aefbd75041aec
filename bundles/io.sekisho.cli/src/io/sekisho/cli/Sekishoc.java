package io.sekisho.cli;

import io.sekisho.cli.internal.CommandRegistry;
import io.sekisho.cli.internal.Dispatcher;

/**
 * Runs {@code sekishoc} in this process with the commands the running platform contributes, exactly as the
 * {@code sekishoc} start script does: for tests of a command (a vendor's too) and for programs that embed it.
 */
public final class Sekishoc {

	private Sekishoc() {
	}

	/**
	 * @param io the streams of the run
	 * @param args the words after {@code sekishoc}, the command name first
	 * @return the exit code, one of {@link ExitCode}
	 */
	public static int run(CommandIO io, String... args) {
		return new Dispatcher(CommandRegistry.fromPlatform()).execute(args, io);
	}
}
