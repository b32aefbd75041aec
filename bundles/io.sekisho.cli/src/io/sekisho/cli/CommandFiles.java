package io.sekisho.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.internal.Messages;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.FileChangedException;
import io.sekisho.model.persistence.FileLockedException;
import io.sekisho.model.persistence.ModelLoadException;
import io.sekisho.model.persistence.SekishoResource;

/**
 * Loading and saving facility files in a command, the same for every command (vendor commands too): a file that
 * cannot be read, was changed by another program after it was read, or is open for editing elsewhere is a
 * {@link CommandException} with exit code {@link ExitCode#PROBLEMS} and a message naming the file; anything
 * unexpected stays an internal error (exit {@link ExitCode#INTERNAL_ERROR}).
 */
public final class CommandFiles {

	/** The option of writing commands that writes a file another program holds open. */
	public static final String FORCE = "--force"; //$NON-NLS-1$

	private CommandFiles() {
	}

	/** @return the loaded facility file, remembering what was read for the save's change check */
	public static SekishoResource load(Path file) throws CommandException {
		try {
			return FacilityFiles.load(file);
		} catch (ModelLoadException e) {
			throw new CommandException(e.getMessage(), ExitCode.PROBLEMS);
		}
	}

	/**
	 * Saves a loaded file back. When another program changed it after it was read, nothing is written over it and
	 * what would have been written is kept beside it as {@code FILE.conflict-TIME} (named in the message).
	 *
	 * @param force write even when another program holds the file open for editing
	 */
	public static void save(SekishoResource resource, boolean force) throws CommandException {
		Map<Object, Object> options = new HashMap<>();
		options.put(FacilityFiles.OPTION_KEEP_CONFLICT_COPY, Boolean.TRUE);
		options.put(FacilityFiles.OPTION_IGNORE_LOCK, Boolean.valueOf(force));
		try {
			FacilityFiles.save(resource, options);
		} catch (FileChangedException e) {
			throw new CommandException(e.getMessage(), ExitCode.PROBLEMS);
		} catch (FileLockedException e) {
			throw new CommandException(e.getMessage() + ' ' + Messages.Files_lockedHint, ExitCode.PROBLEMS);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Files_cannotSave, resource.displayName(), e.getMessage()), e);
		}
	}

	/** Writes a new facility file (the caller decided that replacing an existing one is wanted). */
	public static SekishoResource saveNew(FacilityWorkbook workbook, Path file) throws CommandException {
		try {
			return FacilityFiles.saveNew(workbook, file);
		} catch (FileLockedException e) {
			throw new CommandException(e.getMessage() + ' ' + Messages.Files_lockedHint, ExitCode.PROBLEMS);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Files_cannotSave, file, e.getMessage()), e);
		}
	}
}
