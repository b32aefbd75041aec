package io.sekisho.workbook;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;

import io.sekisho.model.persistence.AtomicFileWriter;

/**
 * Writes an exported file so that readers see either the old file or the complete new one, through the model's
 * {@link AtomicFileWriter}: an ordinary file (the umask's permissions, like any document the user saves; a
 * workbook holds no fingerprint), a unique temporary name in the same folder, fsync, atomic rename. A failure
 * deletes the temporary file and leaves the target as it was.
 */
public final class AtomicOutput {

	/** Writes the content of the file. */
	@FunctionalInterface
	public interface Content {
		void writeTo(OutputStream out) throws IOException;
	}

	private AtomicOutput() {
	}

	public static void write(Path file, Content content) throws IOException {
		AtomicFileWriter.ordinary().write(file, content::writeTo);
	}
}
