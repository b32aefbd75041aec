package io.sekisho.firmware.cli;

import java.nio.file.Path;
import java.util.Optional;

import io.sekisho.firmware.vuln.VulnerabilityStores;
import picocli.CommandLine.Option;

/**
 * The option every firmware subcommand takes, a picocli mixin: {@code --store DIR} (default: the installation's
 * store in the user's config folder).
 */
public final class StoreOption {

	@Option(names = "--store", paramLabel = "DIR")
	private Path store;

	/** @return the folder named by --store, else the installation's store */
	public Path store() {
		return store == null ? VulnerabilityStores.defaultDirectory() : store;
	}

	/** @return the folder named by --store, if one was */
	public Optional<Path> explicit() {
		return Optional.ofNullable(store);
	}
}
