package io.sekisho.cli.internal.checklist;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.assessment.CarryOver;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * sekishoc checklist carry-over FILE [--to ID]: starts the assessments of an edition (the latest by default) from
 * those of its predecessor, the facility's and each vendor's, lists what did not carry over, and saves atomically.
 */
final class CarryOverSubcommand {

	int run(List<String> args, CommandIO io) throws CommandException {
		String fileName = null;
		String toId = null;
		boolean force = false;
		for (int i = 0; i < args.size(); i++) {
			String arg = args.get(i);
			if (arg.equals(CommandFiles.FORCE)) {
				force = true;
			} else if (arg.equals("--to") && i + 1 < args.size()) { //$NON-NLS-1$
				toId = args.get(++i);
			} else if (!arg.startsWith("-") && fileName == null) { //$NON-NLS-1$
				fileName = arg;
			} else {
				throw new CommandException(NLS.bind(Messages.Checklist_unexpectedArgument, arg), ExitCode.USAGE);
			}
		}
		if (fileName == null) {
			throw new CommandException(Messages.Checklist_missingFile, ExitCode.USAGE);
		}
		EditionRegistry editions = EditionRegistry.fromPlatform();
		String wanted = toId;
		Edition to = (toId == null ? editions.latest() : editions.find(toId))
				.orElseThrow(() -> new CommandException(NLS.bind(Messages.Checklist_unknownEdition, wanted), ExitCode.USAGE));
		Edition from = editions.find(to.getPredecessorId())
				.orElseThrow(() -> new CommandException(NLS.bind(Messages.CarryOver_noPredecessor, to.getId()), ExitCode.USAGE));
		WorkbookFile file = WorkbookFile.load(fileName);
		FacilityWorkbook workbook = file.workbook();

		List<ChecklistAssessment> sources = new ArrayList<>(workbook.getChecklistAssessments().stream()
				.filter(a -> Objects.equals(a.getEditionId(), from.getId())).toList());
		int started = 0;
		for (ChecklistAssessment source : sources) {
			boolean exists = source.getForm() == ChecklistForm.VENDOR ? Assessments.vendorAssessment(workbook, to.getId(), source.getRespondent()).isPresent()
					: Assessments.facilityAssessment(workbook, to.getId()).isPresent();
			if (exists) {
				io.out().println(NLS.bind(Messages.CarryOver_exists, Headers.of(source, from)));
				continue;
			}
			CarryOver.Result result = CarryOver.start(workbook, source, from, to);
			io.out().println(Headers.of(result.assessment(), to));
			io.out().println(NLS.bind(Messages.CarryOver_moved, result.moved()));
			result.leftovers().forEach(l -> io.out().println(NLS.bind(Messages.Suggest_reason, l.describe())));
			io.out().println();
			started++;
		}
		if (started > 0) {
			file.save(force);
		}
		io.out().println(NLS.bind(Messages.CarryOver_done, new Object[] { started, from.getId(), to.getId(), file.path() }));
		return ExitCode.OK;
	}
}
