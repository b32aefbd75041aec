package io.sekisho.password.vault;

import java.io.IOException;
import java.nio.file.Path;

import io.sekisho.model.persistence.AtomicFileWriter;
import io.sekisho.model.persistence.OwnerOnly;

/**
 * Files only their owner can read (the vault, its key): written through the model's {@link AtomicFileWriter}
 * (unique temporary name, owner-only from its creation, fsync, atomic rename), checked with {@link OwnerOnly}.
 */
public final class OwnerOnlyFiles {

	private OwnerOnlyFiles() {
	}

	/** Replaces {@code target} atomically with {@code content}; the result is owner-only whatever it was before. */
	public static void write(Path target, byte[] content) throws IOException {
		AtomicFileWriter.ownerOnly().write(target, content);
	}

	public static void createDirectories(Path dir) throws IOException {
		OwnerOnly.createDirectories(dir);
	}

	/** true when the file is readable by its owner only (used to refuse a key file others can read) */
	public static boolean isOwnerOnly(Path path) throws IOException {
		return OwnerOnly.isOwnerOnly(path);
	}
}
