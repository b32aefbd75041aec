package io.sekisho.ui.internal.passwords;

import java.security.SecureRandom;
import java.util.Base64;

import org.eclipse.equinox.security.storage.ISecurePreferences;
import org.eclipse.equinox.security.storage.SecurePreferencesFactory;
import org.eclipse.equinox.security.storage.StorageException;

import io.sekisho.password.vault.InstallationSecret;

/**
 * The vault's per-installation secret in Eclipse secure storage (encrypted by the platform's secure storage
 * provider), created on first use. {@link #open()} fails when no secure storage provider is available, and the
 * caller falls back to the owner-only file the command line uses.
 */
final class SecureStorageSecret implements InstallationSecret {

	private static final String NODE = "io.sekisho/vault"; //$NON-NLS-1$
	private static final String KEY = "key"; //$NON-NLS-1$
	private static final String SALT = "salt"; //$NON-NLS-1$

	private final byte[] key;
	private final byte[] salt;

	private SecureStorageSecret(byte[] key, byte[] salt) {
		this.key = key;
		this.salt = salt;
	}

	static SecureStorageSecret open() throws StorageException {
		ISecurePreferences root = SecurePreferencesFactory.getDefault();
		if (root == null) {
			throw new StorageException(StorageException.NO_SECURE_MODULE, "no secure storage"); //$NON-NLS-1$
		}
		ISecurePreferences node = root.node(NODE);
		String key = node.get(KEY, null);
		String salt = node.get(SALT, null);
		if (key == null || salt == null) {
			SecureRandom random = new SecureRandom();
			byte[] newKey = new byte[32];
			byte[] newSalt = new byte[16];
			random.nextBytes(newKey);
			random.nextBytes(newSalt);
			key = Base64.getEncoder().encodeToString(newKey);
			salt = Base64.getEncoder().encodeToString(newSalt);
			node.put(KEY, key, true);
			node.put(SALT, salt, true);
			try {
				node.flush();
			} catch (java.io.IOException e) {
				throw new StorageException(StorageException.INTERNAL_ERROR, e);
			}
		}
		return new SecureStorageSecret(Base64.getDecoder().decode(key), Base64.getDecoder().decode(salt));
	}

	@Override
	public byte[] key() {
		return key.clone();
	}

	@Override
	public byte[] salt() {
		return salt.clone();
	}
}
