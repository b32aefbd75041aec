package io.sekisho.firmware.vuln.store;

import java.io.IOException;
import java.nio.file.Path;

/** Follows an import; {@link #progress} may throw (for example when the user cancels) to stop it. */
public interface ImportListener {
	ImportListener NONE = new ImportListener() {
	};

	/** Reading {@code file} begins ({@code kept} for a kept feed replayed while the store is rebuilt). */
	default void started(Path file, boolean kept) {
	}

	default void progress(Path file, long records, long bytes) throws IOException {
	}

	/** {@code file} was read and written. */
	default void finished(FileResult result) {
	}
}
