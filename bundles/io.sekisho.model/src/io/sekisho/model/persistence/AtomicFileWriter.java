package io.sekisho.model.persistence;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.security.SecureRandom;

/**
 * Replaces a file so that a crash or a full disk never leaves a half-written file behind: the content goes to a
 * temporary file in the same folder, is flushed and synced to disk, the old file is copied to {@code NAME.bak},
 * and the temporary file is renamed over the old one (an atomic rename on the same file system).
 */
public final class AtomicFileWriter {

	/** Writes the content of the file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** Called after the temporary file is complete and before the rename; tests use it to simulate a crash. */
	@FunctionalInterface
	interface BeforeRename {
		void run(Path temporaryFile) throws IOException;
	}

	public static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$

	private static final SecureRandom RANDOM = new SecureRandom();

	private final BeforeRename beforeRename;

	public AtomicFileWriter() {
		this(temp -> {
			// nothing between writing and renaming in normal operation
		});
	}

	AtomicFileWriter(BeforeRename beforeRename) {
		this.beforeRename = beforeRename;
	}

	/** @return where the previous version of {@code file} is kept */
	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}

	public void write(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		Path folder = target.getParent();
		Files.createDirectories(folder);
		Path temp = createTemporaryFile(folder, target.getFileName().toString());
		boolean renamed = false;
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
					OutputStream out = Channels.newOutputStream(channel)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
			}
			beforeRename.run(temp);
			if (Files.exists(target)) {
				keepPermissions(target, temp);
				Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			}
			move(temp, target);
			renamed = true;
			syncFolder(folder);
		} finally {
			if (!renamed) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/**
	 * A dot file in the same folder: the rename stays on one file system and the file hides in listings. Created
	 * like any new file (not with createTempFile's owner-only permissions), so a new .sekisho file gets the usual
	 * permissions of the user's umask.
	 */
	private static Path createTemporaryFile(Path folder, String name) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path temp = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			try {
				return Files.createFile(temp);
			} catch (FileAlreadyExistsException e) {
				if (attempt > 100) {
					throw e;
				}
			}
		}
	}

	/** Replacing a file must not change who may read it. */
	private static void keepPermissions(Path from, Path to) throws IOException {
		if (Files.getFileStore(from).supportsFileAttributeView(PosixFileAttributeView.class)) {
			Files.setPosixFilePermissions(to, Files.getPosixFilePermissions(from));
		}
	}

	private static void move(Path temp, Path target) throws IOException {
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			// some network shares: a plain replace is the best we can do there
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}

	/** Makes the rename itself durable; not possible on every platform (Windows cannot open folders), which is fine. */
	private static void syncFolder(Path folder) {
		try (FileChannel dir = FileChannel.open(folder, StandardOpenOption.READ)) {
			dir.force(true);
		} catch (IOException | RuntimeException e) {
			// best effort only
		}
	}
}
