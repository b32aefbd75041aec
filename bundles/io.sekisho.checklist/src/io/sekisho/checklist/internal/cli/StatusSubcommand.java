package io.sekisho.checklist.internal.cli;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.checklist.assessment.Progress;
import io.sekisho.checklist.assessment.SectionProgress;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.checklist.evaluation.AnswerWarnings;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.cli.SekishocCommand;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** sekishoc checklist status FILE: a progress table per assessment (form) and section, then the answer warnings. */
@Command(name = "status")
final class StatusSubcommand implements SekishocCommand {

	/** Display width of the section column. */
	private static final int WIDTH = 44;

	@Parameters(paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path fileName;

	@Override
	public int run(CommandIO io) throws CommandException {
		WorkbookFile file = WorkbookFile.load(fileName);
		FacilityWorkbook workbook = file.workbook();
		EditionRegistry editions = EditionRegistry.fromPlatform();
		if (workbook.getChecklistAssessments().isEmpty()) {
			io.out().println(NLS.bind(Messages.Status_noAssessment, file.path()));
			return ExitCode.OK;
		}
		for (ChecklistAssessment assessment : workbook.getChecklistAssessments()) {
			Edition edition = editions.find(assessment.getEditionId()).orElse(null);
			io.out().println(Headers.of(assessment, edition));
			if (edition == null) {
				continue;
			}
			Progress progress = Progress.of(assessment, edition);
			io.out().println(NLS.bind(Messages.Status_header, new Object[] { pad(Messages.Status_section, WIDTH), Messages.Status_answered,
					Messages.Status_no, Messages.Status_noWithoutTarget }));
			for (SectionProgress section : progress.sections()) {
				io.out().println(row(section.section().getNumber() + " " + Editions.title(section.section()), section)); //$NON-NLS-1$
			}
			io.out().println(row(Messages.Status_total, progress.total()));
			io.out().println();
		}
		Suggestions suggestions = new Suggestions(EvaluatorRegistry.fromPlatform(), LocalDate.now());
		List<Diagnostic> warnings = new AnswerWarnings(editions, suggestions).check(workbook);
		warnings.forEach(w -> io.out().println(NLS.bind(Messages.Checklist_warning, w.getMessage())));
		return ExitCode.OK;
	}

	private static String row(String label, SectionProgress progress) {
		return NLS.bind(Messages.Status_row, new Object[] { pad(label, WIDTH), progress.answered() + "/" + progress.slots(), //$NON-NLS-1$
				progress.no(), progress.noWithoutTarget() });
	}

	/** Pads to a display width: full-width (Japanese) characters take two columns in a terminal. */
	static String pad(String text, int width) {
		int used = 0;
		for (int i = 0; i < text.length(); i++) {
			used += text.charAt(i) >= 0x1100 ? 2 : 1;
		}
		return used >= width ? text : text + " ".repeat(width - used); //$NON-NLS-1$
	}
}
