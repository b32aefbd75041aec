package io.sekisho.model.persistence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * What a reader saw of a file: its size, modification time and the SHA-256 of its content. A save compares it
 * with the file on disk before replacing it, so that another writer's work is never overwritten unseen.
 */
public record FileStamp(long size, FileTime modified, byte[] sha256) {

	/** The stamp of a file that did not exist when it was read. */
	public static final FileStamp ABSENT = new FileStamp(-1, FileTime.fromMillis(0), new byte[0]);

	public FileStamp {
		sha256 = sha256.clone();
	}

	@Override
	public byte[] sha256() {
		return sha256.clone();
	}

	/** @return the stamp of {@code bytes} read from a file with these attributes */
	public static FileStamp of(byte[] bytes, FileTime modified) {
		return new FileStamp(bytes.length, modified, digest().digest(bytes));
	}

	/** @return the stamp of the file as it is now on disk, {@link #ABSENT} when there is none */
	public static FileStamp of(Path file) throws IOException {
		try {
			BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
			MessageDigest sha = digest();
			long size = 0;
			try (InputStream in = Files.newInputStream(file)) {
				byte[] buffer = new byte[1 << 16];
				for (int n; (n = in.read(buffer)) > 0;) {
					sha.update(buffer, 0, n);
					size += n;
				}
			}
			return new FileStamp(size, attributes.lastModifiedTime(), sha.digest());
		} catch (NoSuchFileException e) {
			return ABSENT;
		}
	}

	/** @return true when the file on disk has the content this stamp was taken of (the time alone may differ) */
	public boolean sameContent(FileStamp other) {
		return size == other.size && MessageDigest.isEqual(sha256, other.sha256);
	}

	public boolean absent() {
		return size < 0;
	}

	static MessageDigest digest() {
		try {
			return MessageDigest.getInstance("SHA-256"); //$NON-NLS-1$
		} catch (NoSuchAlgorithmException e) {
			throw new IllegalStateException(e); // every Java runtime has SHA-256
		}
	}

	@Override
	public boolean equals(Object o) {
		return o instanceof FileStamp s && size == s.size && modified.equals(s.modified) && Arrays.equals(sha256, s.sha256);
	}

	@Override
	public int hashCode() {
		return Long.hashCode(size) * 31 + Arrays.hashCode(sha256);
	}

	@Override
	public String toString() {
		return size + " bytes, " + modified + ", sha256 " + HexFormat.of().formatHex(sha256); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
