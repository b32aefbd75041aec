package io.sekisho.password.vault;

/**
 * The per-installation key of the vault: 32 random bytes used as Argon2id's secret input, and a 16-byte salt.
 * Headless it lives in an owner-only file ({@link FileInstallationSecret}); the rich client keeps it in Eclipse
 * secure storage. Callers wipe the returned arrays.
 */
public interface InstallationSecret {

	byte[] key();

	byte[] salt();
}
