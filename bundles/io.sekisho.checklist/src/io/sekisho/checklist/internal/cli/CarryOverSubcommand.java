package io.sekisho.checklist.internal.cli;

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
import io.sekisho.cli.SekishocCommand;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sekishoc checklist carry-over FILE [--to ID]: starts the assessments of an edition (the latest by default) from
 * those of its predecessor, the facility's and each vendor's, lists what did not carry over, and saves atomically.
 */
@Command(name = "carry-over")
final class CarryOverSubcommand implements SekishocCommand {

	@Parameters(paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path fileName;

	@Option(names = "--to", paramLabel = "ID")
	private String toId;

	@Option(names = CommandFiles.FORCE)
	private boolean force;

	@Override
	public int run(CommandIO io) throws CommandException {
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
