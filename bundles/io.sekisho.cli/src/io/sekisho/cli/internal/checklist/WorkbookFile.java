package io.sekisho.cli.internal.checklist;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.ModelLoadException;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.model.persistence.SekishoResource;

/** Loading and saving the .sekisho file a checklist subcommand works on, with messages that name the file. */
final class WorkbookFile {

	private final Path path;
	private final SekishoResource resource;

	private WorkbookFile(Path path, SekishoResource resource) {
		this.path = path;
		this.resource = resource;
	}

	static WorkbookFile load(String name) throws CommandException {
		Path path = Path.of(name);
		if (!Files.isRegularFile(path)) {
			throw new CommandException(NLS.bind(Messages.Checklist_fileNotFound, name), ExitCode.PROBLEMS);
		}
		try {
			return new WorkbookFile(path, SekishoFiles.load(path));
		} catch (ModelLoadException e) {
			throw new CommandException(e.getMessage(), ExitCode.PROBLEMS);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Checklist_cannotRead, name, e.getMessage()), e);
		}
	}

	FacilityWorkbook workbook() {
		return resource.workbook();
	}

	Path path() {
		return path;
	}

	/** Atomic save (the model's resource writes a temporary file and renames it, keeping a .bak). */
	void save() throws CommandException {
		try {
			SekishoFiles.save(workbook(), path);
		} catch (IOException e) {
			throw new CommandException(NLS.bind(Messages.Checklist_cannotSave, path, e.getMessage()), e);
		}
	}
}
