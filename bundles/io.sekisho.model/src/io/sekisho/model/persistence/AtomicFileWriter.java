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
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;

/**
 * The one way Sekisho replaces a file, so that a crash or a full disk never leaves a half-written file behind: the
 * content goes to a temporary file with a unique name in the same folder, is flushed and synced to disk, optionally
 * the old file is copied to {@code NAME.bak}, and the temporary file is renamed over the old one (an atomic rename
 * on the same file system). Instances are immutable; the {@code with…} methods return configured copies.
 * <ul>
 * <li>{@link Access}: who may read the result; the temporary file is owner-only from its creation unless the result
 * is an ordinary file.</li>
 * <li>{@link #unchangedSince(FileStamp)}: before the rename the file on disk is compared with what the caller read;
 * when another writer changed it, nothing is replaced and {@link FileChangedException} is thrown.</li>
 * </ul>
 */
public final class AtomicFileWriter {

	/** Writes the content of the file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	/** Writes the content into the temporary file itself (e.g. with random access, a header written last). */
	@FunctionalInterface
	public interface FileContent {
		void writeTo(Path temporaryFile) throws IOException;
	}

	/** Called after the temporary file is complete and before the rename; tests use it to simulate a crash. */
	@FunctionalInterface
	interface BeforeRename {
		void run(Path temporaryFile) throws IOException;
	}

	/** Who may read the written file. */
	public enum Access {
		/** Permissions of the user's umask for a new file, the old file's when replaced (exported workbooks). */
		ORDINARY,
		/** Owner-only for a new file, the old file's permissions when replaced (facility files). */
		CONFIDENTIAL,
		/** Always owner-only, whatever the old file had (keys, the vault). */
		OWNER_ONLY
	}

	public static final String BACKUP_SUFFIX = ".bak"; //$NON-NLS-1$
	/** The file name part before the time of a conflict copy: {@code NAME.conflict-20261201T154000}. */
	public static final String CONFLICT_SUFFIX = ".conflict-"; //$NON-NLS-1$

	private static final SecureRandom RANDOM = new SecureRandom();
	private static final DateTimeFormatter CONFLICT_TIME = DateTimeFormatter.ofPattern("uuuuMMdd'T'HHmmss"); //$NON-NLS-1$

	private final BeforeRename beforeRename;
	private final Access access;
	private final boolean backup;
	private final FileStamp expected;
	private final boolean conflictCopy;

	/** A facility file writer: confidential, with a {@code .bak} of the previous version, no change check. */
	public AtomicFileWriter() {
		this(temp -> {
			// nothing between writing and renaming in normal operation
		});
	}

	AtomicFileWriter(BeforeRename beforeRename) {
		this(beforeRename, Access.CONFIDENTIAL, true, null, false);
	}

	private AtomicFileWriter(BeforeRename beforeRename, Access access, boolean backup, FileStamp expected, boolean conflictCopy) {
		this.beforeRename = beforeRename;
		this.access = access;
		this.backup = backup;
		this.expected = expected;
		this.conflictCopy = conflictCopy;
	}

	/** @return a writer for files holding secrets: owner-only, no backup */
	public static AtomicFileWriter ownerOnly() {
		return new AtomicFileWriter().withAccess(Access.OWNER_ONLY).withBackup(false);
	}

	/** @return a writer for ordinary files (exports, public data): the umask's permissions, no backup */
	public static AtomicFileWriter ordinary() {
		return new AtomicFileWriter().withAccess(Access.ORDINARY).withBackup(false);
	}

	public AtomicFileWriter withAccess(Access newAccess) {
		return new AtomicFileWriter(beforeRename, newAccess, backup, expected, conflictCopy);
	}

	public AtomicFileWriter withBackup(boolean keepBackup) {
		return new AtomicFileWriter(beforeRename, access, keepBackup, expected, conflictCopy);
	}

	/**
	 * @param stamp what the caller read of the file ({@link FileStamp#ABSENT} when it was new), or {@code null} for
	 *            no check
	 */
	public AtomicFileWriter unchangedSince(FileStamp stamp) {
		return new AtomicFileWriter(beforeRename, access, backup, stamp, conflictCopy);
	}

	/** When the file changed meanwhile, keep the content that was not written beside it as {@code NAME.conflict-TIME}. */
	public AtomicFileWriter withConflictCopy(boolean keep) {
		return new AtomicFileWriter(beforeRename, access, backup, expected, keep);
	}

	/** @return where the previous version of {@code file} is kept */
	public static Path backupOf(Path file) {
		return file.resolveSibling(file.getFileName() + BACKUP_SUFFIX);
	}

	/** Replaces {@code file} with {@code bytes}. */
	public FileStamp write(Path file, byte[] bytes) throws IOException {
		return write(file, out -> out.write(bytes));
	}

	/**
	 * @return the stamp of the file as written
	 * @throws FileChangedException when {@link #unchangedSince(FileStamp)} was given and the file differs from it
	 */
	public FileStamp write(Path file, Content content) throws IOException {
		Path target = file.toAbsolutePath();
		Path folder = target.getParent();
		if (access == Access.ORDINARY) {
			Files.createDirectories(folder);
		} else {
			OwnerOnly.createDirectories(folder);
		}
		Path temp = createTemporaryFile(folder, target.getFileName().toString());
		boolean moved = false;
		try {
			MessageDigest sha = FileStamp.digest();
			long size;
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING);
					OutputStream out = new DigestOutputStream(Channels.newOutputStream(channel), sha)) {
				content.writeTo(out);
				out.flush();
				channel.force(true);
				size = channel.size();
			}
			beforeRename.run(temp);
			checkUnchanged(target, temp);
			replace(temp, target);
			moved = true;
			return new FileStamp(size, Files.getLastModifiedTime(target), sha.digest());
		} catch (IOException e) {
			throw named(target, e);
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/**
	 * Like {@link #write(Path, Content)} for content that needs the file itself (large indexes written with random
	 * access); the change check compares content, so it is not offered here.
	 */
	public void writeFile(Path file, FileContent content) throws IOException {
		if (expected != null) {
			throw new IllegalStateException("change detection needs write(Path, Content)"); //$NON-NLS-1$
		}
		Path target = file.toAbsolutePath();
		Path folder = target.getParent();
		if (access == Access.ORDINARY) {
			Files.createDirectories(folder);
		} else {
			OwnerOnly.createDirectories(folder);
		}
		Path temp = createTemporaryFile(folder, target.getFileName().toString());
		boolean moved = false;
		try {
			content.writeTo(temp);
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
				channel.force(true);
			}
			beforeRename.run(temp);
			replace(temp, target);
			moved = true;
		} catch (IOException e) {
			throw named(target, e);
		} finally {
			if (!moved) {
				Files.deleteIfExists(temp);
			}
		}
	}

	/**
	 * A failure of the file system (a plain IOException such as EIO or ENOSPC, which names no file, a failed sync, or
	 * a FileSystemException naming the temporary file) becomes a {@link FileWriteException} naming the target; the
	 * content's own exceptions (a format error of an import, an EMF serialisation error) and the change check's pass
	 * unchanged, since callers tell them apart by their type.
	 */
	private static IOException named(Path target, IOException e) {
		if (e.getClass() == IOException.class || e instanceof java.io.SyncFailedException || e instanceof java.nio.file.FileSystemException) {
			return new FileWriteException(target, e);
		}
		return e;
	}

	private void replace(Path temp, Path target) throws IOException {
		if (Files.exists(target)) {
			if (access != Access.OWNER_ONLY) {
				keepPermissions(target, temp);
			}
			if (backup) {
				Files.copy(target, backupOf(target), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.COPY_ATTRIBUTES);
			}
		}
		move(temp, target);
		syncFolder(target.getParent());
	}

	private void checkUnchanged(Path target, Path temp) throws IOException {
		if (expected == null) {
			return;
		}
		FileStamp now = FileStamp.of(target);
		if (expected.sameContent(now)) {
			return;
		}
		Path copy = null;
		if (conflictCopy) {
			copy = conflictCopyOf(target);
			Files.move(temp, copy); // the temporary file is complete and owner-only unless ordinary
		}
		throw new FileChangedException(target.toString(), now.absent(), copy);
	}

	private static Path conflictCopyOf(Path target) {
		String time = ZonedDateTime.now(ZoneOffset.UTC).format(CONFLICT_TIME);
		Path copy = target.resolveSibling(target.getFileName() + CONFLICT_SUFFIX + time);
		for (int n = 2; Files.exists(copy); n++) {
			copy = target.resolveSibling(target.getFileName() + CONFLICT_SUFFIX + time + "-" + n); //$NON-NLS-1$
		}
		return copy;
	}

	/**
	 * A dot file in the same folder with a random name: the rename stays on one file system, the file hides in
	 * listings, and two writers never share a temporary file. Owner-only from its creation unless the result is an
	 * ordinary file, so fingerprints never sit in a file others can read.
	 */
	private Path createTemporaryFile(Path folder, String name) throws IOException {
		for (int attempt = 0;; attempt++) {
			Path temp = folder.resolve("." + name + "." + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			try {
				return access == Access.ORDINARY ? Files.createFile(temp) : OwnerOnly.createFile(temp);
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
