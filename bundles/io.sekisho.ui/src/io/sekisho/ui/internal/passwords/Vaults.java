package io.sekisho.ui.internal.passwords;

import java.io.IOException;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.equinox.security.storage.StorageException;

import io.sekisho.password.fingerprint.Argon2Parameters;
import io.sekisho.password.vault.ConfigFolder;
import io.sekisho.password.vault.FilePasswordVault;
import io.sekisho.password.vault.PasswordVault;

/** The cross-facility vault of this installation for the rich client: its secret in secure storage when possible. */
public final class Vaults {

	private static PasswordVault vault;

	private Vaults() {
	}

	public static synchronized Optional<PasswordVault> installation() {
		if (vault == null) {
			try {
				vault = new FilePasswordVault(ConfigFolder.path().resolve(FilePasswordVault.FILE_NAME), SecureStorageSecret.open(),
						Argon2Parameters.SEKISHO);
			} catch (StorageException e) {
				ILog.of(Vaults.class).info("secure storage unavailable, using the owner-only key file: " + e.getMessage()); //$NON-NLS-1$
				try {
					vault = FilePasswordVault.inConfigFolder();
				} catch (IOException io) {
					ILog.of(Vaults.class).error(io.getMessage(), io);
					return Optional.empty();
				}
			}
		}
		return Optional.of(vault);
	}
}
