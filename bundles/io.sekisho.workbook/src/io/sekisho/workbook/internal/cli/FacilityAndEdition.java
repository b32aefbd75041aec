package io.sekisho.workbook.internal.cli;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.workbook.HandoverEditions;

/**
 * The facility of a workbook subcommand and the checklist edition its workbook shows, chosen the same way for
 * export and import.
 */
final class FacilityAndEdition {

	private FacilityAndEdition() {
	}

	static FacilityWorkbook load(Path file) throws CommandException {
		return CommandFiles.load(file).workbook();
	}

	/** @param requested an edition id from --edition, or {@code null} for the facility's current edition */
	static Edition edition(FacilityWorkbook facility, EditionRegistry editions, String requested) throws CommandException {
		if (requested != null) {
			return editions.find(requested).orElseThrow(() -> new CommandException(
					NLS.bind(Messages.Workbook_unknownEdition, requested, String.join(", ", editions.all().stream().map(Edition::getId).toList())), //$NON-NLS-1$
					ExitCode.USAGE));
		}
		return HandoverEditions.current(facility, editions).orElseThrow(() -> new CommandException(Messages.Workbook_noEditions));
	}
}
