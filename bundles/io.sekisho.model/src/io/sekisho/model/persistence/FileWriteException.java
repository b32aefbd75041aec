package io.sekisho.model.persistence;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.internal.Messages;

/**
 * Writing a file failed at the file system (stream, full disk, sync, rename): the message names the file the user
 * saved to and says that the previous version is still there; the cause holds the system's own message.
 */
public class FileWriteException extends IOException {
	private static final long serialVersionUID = 1L;

	private final transient Path file;

	public FileWriteException(Path file, IOException cause) {
		super(NLS.bind(Messages.Save_writeFailed, file, cause.getMessage() != null ? cause.getMessage() : cause.getClass().getSimpleName()), cause);
		this.file = file;
	}

	/** @return the file that was to be written */
	public Path file() {
		return file;
	}
}
