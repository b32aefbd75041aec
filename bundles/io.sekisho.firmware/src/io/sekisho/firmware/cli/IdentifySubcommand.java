package io.sekisho.firmware.cli;

import java.io.IOException;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.firmware.identify.DeviceOutputReader;
import io.sekisho.firmware.identify.Identification;
import io.sekisho.firmware.identify.IdentifyException;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;

/**
 * sekishoc firmware identify: device output on standard input; prints {@code vendor}, {@code model},
 * {@code version}, {@code cpe}, {@code hardware}, one per line as {@code KEY<TAB>VALUE} ({@code -} when not known).
 */
@Command(name = "identify")
public final class IdentifySubcommand implements SekishocCommand {

	@Override
	public int run(CommandIO io) throws CommandException {
		Identification id;
		try {
			id = new DeviceOutputReader().identify(io.in());
		} catch (IdentifyException e) {
			throw new CommandException(e.getMessage(), ExitCode.PROBLEMS);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(MatchMessages.Identify_cannotRead, e.getMessage()), e);
		}
		line(io, "vendor", id.vendor().orElse(id.manufacturer())); //$NON-NLS-1$
		line(io, "model", id.model()); //$NON-NLS-1$
		line(io, "version", id.version()); //$NON-NLS-1$
		line(io, "cpe", id.firmwareCpe().orElse(null)); //$NON-NLS-1$
		line(io, "hardware", id.hardwareCpe().orElse(null)); //$NON-NLS-1$
		return ExitCode.OK;
	}

	private static void line(CommandIO io, String key, String value) {
		io.out().println(key + '\t' + (value == null || value.isBlank() ? "-" : value)); //$NON-NLS-1$
	}
}
