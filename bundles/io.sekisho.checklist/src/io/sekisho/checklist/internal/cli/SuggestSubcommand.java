package io.sekisho.checklist.internal.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.checklist.assessment.Answers;
import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.cli.SekishocCommand;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sekishoc checklist suggest FILE [--edition ID] [--apply]: the answers the facility model suggests, with reasons,
 * for the facility's own assessment of the edition (the latest one by default) and for its vendor assessments.
 * --apply writes them into answers that are still empty and saves the file atomically; answers given stay.
 */
@Command(name = "suggest")
final class SuggestSubcommand implements SekishocCommand {

	@Parameters(paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path fileName;

	@Option(names = "--edition", paramLabel = "ID")
	private String editionId;

	@Option(names = "--apply")
	private boolean apply;

	@Option(names = CommandFiles.FORCE)
	private boolean force;

	@Override
	public int run(CommandIO io) throws CommandException {
		EditionRegistry editions = EditionRegistry.fromPlatform();
		String wanted = editionId;
		Edition edition = (editionId == null ? editions.latest() : editions.find(editionId))
				.orElseThrow(() -> new CommandException(NLS.bind(Messages.Checklist_unknownEdition, wanted), ExitCode.USAGE));
		WorkbookFile file = WorkbookFile.load(fileName);
		FacilityWorkbook workbook = file.workbook();

		ChecklistAssessment own = Assessments.facilityAssessment(workbook, edition.getId()).orElse(null);
		boolean created = own == null;
		if (created) {
			own = Assessments.newFacilityAssessment(workbook, edition);
			io.out().println(NLS.bind(Messages.Suggest_newAssessment, edition.getId()));
		}
		List<ChecklistAssessment> assessments = new ArrayList<>();
		assessments.add(own);
		workbook.getChecklistAssessments().stream()
				.filter(a -> a.getForm() == ChecklistForm.VENDOR && edition.getId().equals(a.getEditionId())).forEach(assessments::add);

		EvaluatorRegistry evaluators = EvaluatorRegistry.fromPlatform();
		// a vendor's evaluator that cannot be created or fails is named and skipped; the others still answer
		evaluators.problems().forEach(p -> io.err().println(NLS.bind(Messages.Checklist_warning, p)));
		Suggestions suggestions = new Suggestions(evaluators, LocalDate.now());
		int written = 0;
		for (ChecklistAssessment assessment : assessments) {
			io.out().println(Headers.of(assessment, edition));
			List<Suggestion> proposed = suggestions.propose(workbook, assessment, edition);
			if (proposed.isEmpty()) {
				io.out().println(Messages.Suggest_nothing);
			}
			proposed.forEach(s -> print(s, io));
			io.out().println();
			if (apply) {
				if (assessment == own && created && !proposed.isEmpty()) {
					workbook.getChecklistAssessments().add(own);
				}
				written += suggestions.apply(assessment, proposed);
			}
		}
		suggestions.problems().forEach(p -> io.err().println(NLS.bind(Messages.Checklist_warning, p)));
		if (apply) {
			if (written > 0) {
				file.save(force);
			}
			io.out().println(NLS.bind(Messages.Suggest_written, written, file.path()));
		}
		return ExitCode.OK;
	}

	private static void print(Suggestion suggestion, CommandIO io) {
		String column = suggestion.columnId().isEmpty() ? "" : " [" + Editions.columnLabel(suggestion.columnId()) + "]"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		Answer recorded = Answers.latest(suggestion.recorded());
		String state = recorded == Answer.UNANSWERED ? Messages.Suggest_open
				: NLS.bind(suggestion.contradictsRecordedYes() ? Messages.Suggest_contradicts : Messages.Suggest_recorded, Suggestions.label(recorded));
		io.out().println(NLS.bind(Messages.Suggest_line,
				new Object[] { Editions.label(suggestion.item()) + column, Suggestions.label(suggestion.answer()), state }));
		for (Reason reason : suggestion.reasons()) {
			io.out().println(NLS.bind(Messages.Suggest_reason, reason.text()));
		}
	}
}
