package io.sekisho.firmware.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.ExitCode;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStores;
import io.sekisho.firmware.vuln.store.StoreException;

/**
 * The store a command matches against: {@code --store DIR}; else the installation's store once something was
 * imported into it; else the snapshot shipped with Sekisho (so a first start matches without any import).
 */
final class Stores {

	private Stores() {
	}

	/** @param err where a line is printed before a store of an earlier format is rebuilt (a minute or more) */
	static VulnerabilityStore open(Optional<Path> dir, java.io.PrintStream err) throws CommandException {
		try {
			if (VulnerabilityStores.needsRebuild(dir.orElseGet(VulnerabilityStores::defaultDirectory))) {
				err.println(MatchMessages.Cli_rebuildingStore);
			}
			if (dir.isPresent()) {
				return VulnerabilityStores.open(dir.get());
			}
			VulnerabilityStore installed = VulnerabilityStores.openDefault();
			if (!installed.status().isEmpty()) {
				return installed;
			}
			installed.close();
			return VulnerabilityStores.openShippedSnapshot();
		} catch (StoreException e) {
			throw new CommandException(e.getMessage(), ExitCode.PROBLEMS);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(MatchMessages.Cli_cannotOpenStore, dir.map(Path::toString).orElse("-"), e.getMessage()), e); //$NON-NLS-1$
		}
	}
}
