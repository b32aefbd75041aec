package io.sekisho.firmware.vuln.feed;

import java.io.IOException;

/**
 * Told every few hundred records how far a feed has been read. May throw (for example an
 * {@link java.io.InterruptedIOException} when the user cancels) to stop the import.
 */
@FunctionalInterface
public interface ProgressListener {
	ProgressListener NONE = (records, bytes) -> {
	};

	/** @param bytes uncompressed bytes read so far */
	void progress(long records, long bytes) throws IOException;
}
