package io.sekisho.firmware.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.ExitCode;
import io.sekisho.firmware.vuln.VulnerabilityStores;

/**
 * The option every firmware subcommand takes: {@code --store DIR} (default: the installation's store in the user's
 * config folder). Parses the arguments into the store folder and the remaining words; a subcommand with more
 * options reads them from {@link #rest()}.
 */
public record StoreOption(Path store, boolean explicit, List<String> rest) {

	public static StoreOption parse(List<String> args) throws CommandException {
		Path store = null;
		List<String> rest = new ArrayList<>();
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if ("--store".equals(arg)) { //$NON-NLS-1$
				if (i + 1 >= args.size()) {
					throw new CommandException(Messages.Firmware_storeNeedsDir, ExitCode.USAGE);
				}
				store = Path.of(args.get(++i));
			} else if (arg.startsWith("--store=")) { //$NON-NLS-1$
				store = Path.of(arg.substring("--store=".length())); //$NON-NLS-1$
			} else {
				rest.add(arg);
			}
		}
		return new StoreOption(store == null ? VulnerabilityStores.defaultDirectory() : store, store != null, rest);
	}

	/** Refuses any word of {@link #rest()} that looks like an option. */
	public void noOtherOptions() throws CommandException {
		for (String arg : rest) {
			if (arg.startsWith("-") && arg.length() > 1) { //$NON-NLS-1$
				throw new CommandException(NLS.bind(Messages.Firmware_unknownOption, arg), ExitCode.USAGE);
			}
		}
	}
}
