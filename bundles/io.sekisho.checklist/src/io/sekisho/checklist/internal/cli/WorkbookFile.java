package io.sekisho.checklist.internal.cli;

import java.nio.file.Path;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoResource;

/** Loading and saving the .sekisho file a checklist subcommand works on, with messages that name the file. */
final class WorkbookFile {

	private final Path path;
	private final SekishoResource resource;

	private WorkbookFile(Path path, SekishoResource resource) {
		this.path = path;
		this.resource = resource;
	}

	static WorkbookFile load(Path path) throws CommandException {
		return new WorkbookFile(path, CommandFiles.load(path));
	}

	FacilityWorkbook workbook() {
		return resource.workbook();
	}

	Path path() {
		return path;
	}

	/**
	 * Atomic save (keeping a .bak), refused when another program changed the file since it was read or holds it
	 * open, unless {@code force} for the latter.
	 */
	void save(boolean force) throws CommandException {
		CommandFiles.save(resource, force);
	}
}
