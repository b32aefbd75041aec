package io.sekisho.password.vault;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;

import org.eclipse.osgi.util.NLS;

import io.sekisho.core.ConfigFolder;
import io.sekisho.model.persistence.OwnerOnly;
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
			try {
				if (createIfAbsent(file, line)) {
					return new FileInstallationSecret(fresh);
				}
				Arrays.fill(fresh, (byte) 0); // another process created the key first: use that one
			} finally {
				Arrays.fill(line, (byte) 0);
			}
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

	/**
	 * Creates the key file only when there is none, atomically: the content goes to an owner-only temporary file that
	 * is then hard-linked to the name (a link fails when the name exists), so two processes starting at once never
	 * end up with two keys. Where links are not supported, a rename without replacing is the fallback.
	 *
	 * @return false when another process created the file first
	 */
	private static boolean createIfAbsent(Path file, byte[] content) throws IOException {
		Path folder = file.toAbsolutePath().getParent();
		OwnerOnly.createDirectories(folder);
		Path temp = OwnerOnly.createFile(folder.resolve("." + file.getFileName() + "." + Long.toUnsignedString(new SecureRandom().nextLong(), 36) + ".tmp")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.write(ByteBuffer.wrap(content));
				channel.force(true);
			}
			try {
				Files.createLink(file, temp);
			} catch (UnsupportedOperationException | FileSystemException e) {
				if (e instanceof FileAlreadyExistsException) {
					return false;
				}
				Files.move(temp, file); // no REPLACE_EXISTING: fails when the name exists
			}
			return true;
		} catch (FileAlreadyExistsException e) {
			return false;
		} finally {
			Files.deleteIfExists(temp);
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
