package io.sekisho.password.vault;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.eclipse.osgi.util.NLS;

import io.sekisho.password.internal.Messages;

/**
 * The installation secret in an owner-only file (one line: Base64 of 32 key bytes and 16 salt bytes), created
 * with fresh random bytes on first use. A file readable by others is refused rather than used.
 */
public final class FileInstallationSecret implements InstallationSecret {

	public static final String FILE_NAME = "vault.key"; //$NON-NLS-1$
	private static final int KEY_BYTES = 32;
	private static final int SALT_BYTES = 16;

	private final byte[] key;
	private final byte[] salt;

	private FileInstallationSecret(byte[] both) {
		key = Arrays.copyOfRange(both, 0, KEY_BYTES);
		salt = Arrays.copyOfRange(both, KEY_BYTES, KEY_BYTES + SALT_BYTES);
		Arrays.fill(both, (byte) 0);
	}

	public static FileInstallationSecret inConfigFolder() throws IOException {
		return loadOrCreate(ConfigFolder.path().resolve(FILE_NAME));
	}

	public static synchronized FileInstallationSecret loadOrCreate(Path file) throws IOException {
		if (!Files.exists(file)) {
			byte[] fresh = new byte[KEY_BYTES + SALT_BYTES];
			new SecureRandom().nextBytes(fresh);
			byte[] line = Base64.getEncoder().encode(fresh);
			OwnerOnlyFiles.write(file, line);
			Arrays.fill(line, (byte) 0);
			return new FileInstallationSecret(fresh);
		}
		if (!OwnerOnlyFiles.isOwnerOnly(file)) {
			throw new IOException(NLS.bind(Messages.Vault_keyNotPrivate, file));
		}
		byte[] content = Files.readAllBytes(file);
		try {
			byte[] both = Base64.getDecoder().decode(new String(content, StandardCharsets.US_ASCII).strip());
			if (both.length != KEY_BYTES + SALT_BYTES) {
				throw new IllegalArgumentException();
			}
			return new FileInstallationSecret(both);
		} catch (IllegalArgumentException e) {
			throw new IOException(NLS.bind(Messages.Vault_keyMalformed, file), e);
		} finally {
			Arrays.fill(content, (byte) 0);
		}
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
