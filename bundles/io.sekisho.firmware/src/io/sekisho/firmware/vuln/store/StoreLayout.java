package io.sekisho.firmware.vuln.store;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.channels.FileChannel;
import java.util.Optional;

/**
 * The files of one store folder:
 * <ul>
 * <li>{@code current} - the name of the database that answers queries and its format version ({@code name
 * version}, one line); replaced atomically once a new database is complete, so a crash at any moment leaves the
 * previous one in charge;</li>
 * <li>{@code <name>.mv.db} - store files (H2 MVStore, see {@link StoreFormat}); only the one {@code current} names is live, others are leftovers of an
 * interrupted import or the previous generation, removed by the next import;</li>
 * <li>{@code feeds/<sha256>.feed} and {@code feeds/manifest.tsv} - the imported feed files as given, in import
 * order, from which the store is rebuilt when its format changes;</li>
 * <li>{@code import.lock} - held by the one importer at a time.</li>
 * </ul>
 */
record StoreLayout(Path dir) {

	Path pointer() {
		return dir.resolve("current"); //$NON-NLS-1$
	}

	Path lockFile() {
		return dir.resolve("import.lock"); //$NON-NLS-1$
	}

	Path feeds() {
		return dir.resolve("feeds"); //$NON-NLS-1$
	}

	Path manifest() {
		return feeds().resolve("manifest.tsv"); //$NON-NLS-1$
	}

	Path keptFeed(String sha256) {
		return feeds().resolve(sha256 + ".feed"); //$NON-NLS-1$
	}

	/** The store file's base path (without {@code .mv.db}) of a generation name. */
	Path database(String name) {
		return dir.resolve(name);
	}

	/** The name of the live database, if the store has one. */
	Optional<String> current() throws IOException {
		if (!Files.isRegularFile(pointer())) {
			return Optional.empty();
		}
		String name = Files.readString(pointer(), StandardCharsets.UTF_8).trim().split("\\s+")[0]; //$NON-NLS-1$
		if (name.isEmpty() || !name.matches("store-[0-9a-z-]+") //$NON-NLS-1$
				|| !Files.isRegularFile(StoreFormat.file(database(name)))) {
			return Optional.empty();
		}
		return Optional.of(name);
	}

	/** The format version the live database was written with, or -1 (none, or a pointer without one). */
	int currentVersion() throws IOException {
		if (!Files.isRegularFile(pointer())) {
			return -1;
		}
		String[] words = Files.readString(pointer(), StandardCharsets.UTF_8).trim().split("\\s+"); //$NON-NLS-1$
		try {
			return words.length > 1 ? Integer.parseInt(words[1]) : -1;
		} catch (NumberFormatException e) {
			return -1;
		}
	}

	/** Makes {@code name} the live database: written beside, flushed, then renamed over the pointer. */
	void switchTo(String name) throws IOException {
		writeAtomically(pointer(), (name + " " + StoreFormat.VERSION + "\n").getBytes(StandardCharsets.UTF_8)); //$NON-NLS-1$ //$NON-NLS-2$
	}

	static void writeAtomically(Path target, byte[] content) throws IOException {
		Path temp = target.resolveSibling(target.getFileName() + ".tmp"); //$NON-NLS-1$
		try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
				StandardOpenOption.TRUNCATE_EXISTING)) {
			channel.write(java.nio.ByteBuffer.wrap(content));
			channel.force(true);
		}
		try {
			Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
		} catch (AtomicMoveNotSupportedException e) {
			Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
		}
	}
}
