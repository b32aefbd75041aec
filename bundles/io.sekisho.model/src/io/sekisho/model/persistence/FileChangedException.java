package io.sekisho.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.internal.Messages;

/**
 * A save was refused because another program changed (or removed) the file after it was read; nothing was written
 * over it. What the caller can do next:
 * <ul>
 * <li>reload: {@link FacilityFiles#load(Path)} again (discarding its own changes);</li>
 * <li>overwrite: save again with {@link FacilityFiles#OPTION_OVERWRITE_CHANGED} (the other writer's work is lost);</li>
 * <li>save a copy: {@link FacilityFiles#saveAs(SekishoResource, Path)} under another name.</li>
 * </ul>
 * When the writer was asked to keep it, the content that was not written is in {@link #conflictCopy()}.
 */
public class FileChangedException extends IOException {
	private static final long serialVersionUID = 1L;

	private final String file;
	private final boolean deleted;
	private final transient Path conflictCopy;

	public FileChangedException(String file, boolean deleted, Path conflictCopy) {
		super(format(file, deleted, conflictCopy));
		this.file = file;
		this.deleted = deleted;
		this.conflictCopy = conflictCopy;
	}

	private static String format(String file, boolean deleted, Path copy) {
		String message = NLS.bind(deleted ? Messages.Save_fileDeleted : Messages.Save_fileChanged, file);
		return copy == null ? message : message + ' ' + NLS.bind(Messages.Save_conflictCopy, copy);
	}

	public String file() {
		return file;
	}

	/** @return true when the file was removed or moved away rather than changed */
	public boolean deleted() {
		return deleted;
	}

	/** @return where the content that was not written was kept, if it was */
	public Optional<Path> conflictCopy() {
		return Optional.ofNullable(conflictCopy);
	}
}
