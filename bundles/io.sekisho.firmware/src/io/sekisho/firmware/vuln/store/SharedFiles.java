package io.sekisho.firmware.vuln.store;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

/**
 * Read-only store files open in this JVM, shared: MVStore locks the file it opens (a shared lock for readers), and
 * Java refuses a second lock of one file in one process, so the page of the rich client, a job and a command that
 * read the same store use one open file. Closed when its last reader closes it.
 */
final class SharedFiles {
	private record Open(MVStore store, int readers) {
	}

	private static final Map<Path, Open> OPEN = new HashMap<>();

	private SharedFiles() {
	}

	static synchronized MVStore open(Path base) {
		Path key = base.toAbsolutePath().normalize();
		Open open = OPEN.get(key);
		if (open == null || open.store().isClosed()) {
			open = new Open(StoreFormat.open(key, true), 0);
		}
		OPEN.put(key, new Open(open.store(), open.readers() + 1));
		return open.store();
	}

	static synchronized void close(Path base) {
		Path key = base.toAbsolutePath().normalize();
		Open open = OPEN.get(key);
		if (open == null) {
			return;
		}
		if (open.readers() > 1) {
			OPEN.put(key, new Open(open.store(), open.readers() - 1));
			return;
		}
		OPEN.remove(key);
		try {
			open.store().close();
		} catch (MVStoreException e) {
			// closing a read-only store: nothing was written that could be lost
		}
	}
}
