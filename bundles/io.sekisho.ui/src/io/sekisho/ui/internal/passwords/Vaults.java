package io.sekisho.ui.internal.passwords;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;

import io.sekisho.password.vault.FilePasswordVault;
import io.sekisho.password.vault.PasswordVault;

/**
 * The cross-facility vault of this installation for the rich client: the same vault and the same key file
 * ({@code vault.key}, owner-only, in the configuration folder) as {@code sekishoc}, so a password assessed on the
 * command line at one facility is found while typing at another. Eclipse secure storage is not used: neither
 * product ships a secure-storage provider, and a second key would silently miss every reuse.
 */
public final class Vaults {

	private static PasswordVault vault;

	private Vaults() {
	}

	public static synchronized Optional<PasswordVault> installation() {
		if (vault == null) {
			try {
				vault = FilePasswordVault.inConfigFolder();
			} catch (IOException io) {
				ILog.of(Vaults.class).error(io.getMessage(), io);
				return Optional.empty();
			}
		}
		return Optional.of(vault);
	}
}
