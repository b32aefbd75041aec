package io.sekisho.workbook.internal.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.cli.CommandException;
import io.sekisho.cli.CommandFiles;
import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.answers.AnswerChange;
import io.sekisho.workbook.answers.AnswerConflict;
import io.sekisho.workbook.answers.AnswerField;
import io.sekisho.workbook.answers.KeptAnswer;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.AnswerProblem;
import io.sekisho.workbook.answers.ImportResult;
import io.sekisho.workbook.read.ControlCharacters;
import io.sekisho.workbook.read.WorkbookReadException;
import io.sekisho.workbook.read.XlsxReader;
import io.sekisho.cli.SekishocCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * sekishoc workbook import-answers FILE.sekisho FILLED.xlsx [--edition ID] [--dry-run] [--theirs | --ours]: prints
 * what the filled workbook changes and saves the facility atomically (the previous file kept as .bak). The import
 * is three-way (see AnswerImport): values Sekisho got since the export are kept and listed; a value changed on
 * both sides is a conflict, and while one is open (no --theirs / --ours) nothing is saved. Any invalid cell stops
 * the import before anything is saved.
 */
@Command(name = "import-answers")
final class ImportAnswers implements SekishocCommand {

	@Parameters(index = "0", paramLabel = "FILE.sekisho", descriptionKey = "FILE")
	private Path target;

	@Parameters(index = "1", paramLabel = "FILLED.xlsx", descriptionKey = "FILLED")
	private Path filled;

	@Option(names = "--edition", paramLabel = "ID")
	private String editionId;

	@Option(names = "--dry-run")
	private boolean dryRun;

	@Option(names = "--theirs")
	private boolean theirs;

	@Option(names = "--ours")
	private boolean ours;

	@Option(names = CommandFiles.FORCE)
	private boolean force;

	private CommandIO io;

	@Override
	public int run(CommandIO streams) throws CommandException {
		this.io = streams;
		if (theirs && ours) {
			throw new CommandException(Messages.Import_bothSides, ExitCode.USAGE);
		}
		SekishoResource file = CommandFiles.load(target);
		FacilityWorkbook facility = file.workbook();
		EditionRegistry editions = EditionRegistry.fromPlatform();
		Edition edition = FacilityAndEdition.edition(facility, editions, editionId);
		ImportResult result;
		try {
			result = new AnswerImport(editions, new XlsxReader()).read(filled, facility, edition, () -> password(filled));
		} catch (WorkbookReadException e) {
			throw new CommandException(e.getMessage(), ExitCode.PROBLEMS);
		}
		WorkbookLanguage language = WorkbookLanguage.forLocale(Locale.getDefault());
		for (KeptAnswer k : result.kept()) {
			io.out().println(ControlCharacters.escape(NLS.bind(Messages.Import_kept, new Object[] { k.sheet() + "!" + k.cell(), k.itemLabel(), //$NON-NLS-1$
					fieldName(k.field()), shown(AnswerImport.display(k.ours(), language)),
					shown(AnswerImport.display(k.atExport(), language)) })));
		}
		if (!result.kept().isEmpty()) {
			io.out().println(NLS.bind(Messages.Import_keptSummary, result.kept().size()));
		}
		int conflicts = result.conflicts().size();
		for (AnswerConflict c : result.conflicts()) {
			io.out().println(ControlCharacters.escape(NLS.bind(Messages.Import_conflict, new Object[] { c.sheet() + "!" + c.cell(), c.itemLabel(), //$NON-NLS-1$
					c.columnId().isEmpty() ? "" : " [" + Editions.columnLabel(c.columnId()) + "]", fieldName(c.field()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					shown(AnswerImport.display(c.theirs(), language)), shown(AnswerImport.display(c.ours(), language)),
					shown(AnswerImport.display(c.atExport(), language)) })));
		}
		if (theirs || ours) {
			AnswerConflict.Side side = theirs ? AnswerConflict.Side.THEIRS : AnswerConflict.Side.OURS;
			result = result.resolve(c -> side);
			if (conflicts > 0) {
				io.out().println(NLS.bind(Messages.Import_resolved, conflicts,
						side == AnswerConflict.Side.THEIRS ? Messages.Import_sideTheirs : Messages.Import_sideOurs));
			}
		}
		for (AnswerChange c : result.changes()) {
			io.out().println(ControlCharacters.escape(NLS.bind(Messages.Import_change, new Object[] { c.sheet() + "!" + c.cell(), c.itemLabel(), //$NON-NLS-1$
					c.columnId().isEmpty() ? "" : " [" + Editions.columnLabel(c.columnId()) + "]", fieldName(c.field()), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					shown(AnswerImport.display(c.before(), language)), shown(AnswerImport.display(c.after(), language)) })));
		}
		for (AnswerProblem w : result.warnings()) {
			io.err().println(ControlCharacters.escape(NLS.bind(Messages.Workbook_warning, filled.getFileName() + ", " + w))); //$NON-NLS-1$
		}
		if (!result.acceptable()) {
			for (AnswerProblem p : result.problems()) {
				io.err().println(ControlCharacters.escape(NLS.bind(Messages.Import_problem, filled, p)));
			}
			io.err().println(NLS.bind(Messages.Import_rejected, result.problems().size(), target));
			return ExitCode.PROBLEMS;
		}
		if (!result.conflicts().isEmpty()) {
			io.err().println(NLS.bind(Messages.Import_conflictsOpen, result.conflicts().size(), target));
			return ExitCode.PROBLEMS;
		}
		if (result.changes().isEmpty()) {
			io.out().println(NLS.bind(Messages.Import_noChanges, filled));
			return ExitCode.OK;
		}
		if (dryRun) {
			io.out().println(NLS.bind(Messages.Import_dryRun, result.changes().size()));
			return ExitCode.OK;
		}
		AnswerImport.apply(result, facility);
		CommandFiles.save(file, force);
		io.out().println(NLS.bind(Messages.Import_saved, new Object[] { result.changes().size(), target,
				Files.exists(target.resolveSibling(target.getFileName() + ".bak")) ? target.getFileName() + ".bak" : "" })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return ExitCode.OK;
	}

	/** Asked only for an encrypted workbook; no password means the reader reports that one is needed. */
	private char[] password(Path filled) {
		try {
			return new PasswordInput(io).read(NLS.bind(Messages.Password_promptOpen, filled.getFileName()), null, false);
		} catch (CommandException e) {
			return null;
		}
	}

	private static String fieldName(AnswerField field) {
		return switch (field) {
		case ROUND1 -> Messages.Field_round1;
		case ROUND1_DATE -> Messages.Field_round1Date;
		case ROUND2 -> Messages.Field_round2;
		case ROUND2_DATE -> Messages.Field_round2Date;
		case TARGET_DATE -> Messages.Field_target;
		case REMARKS -> Messages.Field_remarks;
		case CONFIRMATION_DATE -> Messages.Field_confirmationDate;
		};
	}

	private static String shown(String value) {
		return value.isEmpty() ? Messages.Import_empty : value;
	}
}
