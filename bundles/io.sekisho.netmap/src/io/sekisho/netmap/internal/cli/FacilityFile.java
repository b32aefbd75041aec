package io.sekisho.netmap.internal.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.netmap.internal.Messages;

/** Loading a .sekisho file with the errors a user can act on turned into command errors. */
final class FacilityFile {

	private FacilityFile() {
	}

	static SekishoResource load(Path file) throws CommandException {
		if (!Files.isRegularFile(file)) {
			throw new CommandException(NLS.bind(Messages.Cli_fileNotFound, file));
		}
		try {
			return SekishoFiles.load(file);
		} catch (IOException e) {
			throw new CommandException(e.getMessage(), e); // names the file, line and column
		}
	}
}
