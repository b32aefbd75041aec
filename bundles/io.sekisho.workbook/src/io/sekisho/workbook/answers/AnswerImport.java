package io.sekisho.workbook.answers;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.BooleanSupplier;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.DateUtil;
import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.assessment.FormKinds;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.core.time.StrictDates;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Organization;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.internal.sheets.AnswerRules;
import io.sekisho.workbook.internal.sheets.ChecklistLayout;
import io.sekisho.workbook.internal.sheets.ChecklistSheetIndex;
import io.sekisho.workbook.internal.sheets.ExportedAnswers;
import io.sekisho.workbook.internal.sheets.HandoverMetadata;
import io.sekisho.workbook.internal.sheets.SheetTexts;
import io.sekisho.workbook.read.ControlCharacters;
import io.sekisho.workbook.read.SheetCells;
import io.sekisho.workbook.read.WorkbookReadException;
import io.sekisho.workbook.read.XlsxReader;

/**
 * Reads the answers a facility typed into the checklist sheets of its handover workbook and compares them with
 * the model, three-way: the hidden metadata sheet keeps what every answer cell held at export. A cell the facility
 * did not change leaves the model as it is (a stale workbook erases nothing); a cell the facility changed is
 * applied; a cell changed on both sides since the export is a conflict, applied only once the user chose a side.
 * An empty cell is "no answer given", unless the facility cleared a cell that was filled at export.
 * {@link #read} never changes the model; {@link #apply} takes over the changes of an acceptable result. The
 * workbook must carry the metadata of this facility and of the edition the facility is on.
 */
public final class AnswerImport {

	/** Remarks longer than this are refused rather than cut. */
	static final int MAX_REMARKS = 2000;

	/** Excel serial numbers of 2000-01-01 and 2099-12-31: other numbers in a date column are no dates. */
	static final double FIRST_SERIAL = 36526;
	static final double LAST_SERIAL = 73050;


	private final EditionRegistry editions;
	private final XlsxReader reader;

	public AnswerImport(EditionRegistry editions, XlsxReader reader) {
		this.editions = editions;
		this.reader = reader;
	}

	/**
	 * @param expected the edition the facility is on (see HandoverEditions)
	 * @throws WorkbookReadException when the file is unreadable or not this facility's workbook of that edition
	 */
	public ImportResult read(Path file, FacilityWorkbook facility, Edition expected, XlsxReader.PasswordSource passwords)
			throws WorkbookReadException {
		return read(file, facility, expected, passwords, () -> false);
	}

	/**
	 * @param cancelled asked while reading; when it answers true the read stops with a
	 *            {@link java.util.concurrent.CancellationException}
	 */
	public ImportResult read(Path file, FacilityWorkbook facility, Edition expected, XlsxReader.PasswordSource passwords,
			BooleanSupplier cancelled) throws WorkbookReadException {
		RememberedPassword once = new RememberedPassword(passwords);
		try {
			return read(file, facility, expected, once, cancelled);
		} finally {
			once.wipe(); // the password asked once for both openings is not kept after the import
		}
	}

	private ImportResult read(Path file, FacilityWorkbook facility, Edition expected, RememberedPassword once,
			BooleanSupplier cancelled) throws WorkbookReadException {
		SheetCells metaCells = reader.read(file, HandoverMetadata.SHEET::equals, once, cancelled).get(HandoverMetadata.SHEET);
		HandoverMetadata meta = metaCells == null ? null : HandoverMetadata.parse(metaCells);
		if (meta == null) {
			throw new WorkbookReadException(file, Messages.Import_notHandover, null);
		}
		if (meta.format() > HandoverMetadata.FORMAT) {
			throw new WorkbookReadException(file, NLS.bind(Messages.Import_newerFormat, meta.format(), HandoverMetadata.FORMAT), null);
		}
		if (!Objects.equals(meta.facilityId(), facility.getId())) {
			throw new WorkbookReadException(file, NLS.bind(Messages.Import_otherFacility, meta.facilityId(), facility.getId()), null);
		}
		Edition edition = editions.find(meta.editionId()).orElseThrow(
				() -> new WorkbookReadException(file, NLS.bind(Messages.Import_unknownEdition, meta.editionId()), null));
		if (!edition.getId().equals(expected.getId())) {
			throw new WorkbookReadException(file, NLS.bind(Messages.Import_otherEdition, edition.getId(), expected.getId()), null);
		}
		Set<String> names = meta.checklistSheets().stream().map(ChecklistSheetIndex.Entry::sheetName).collect(Collectors.toSet());
		Map<String, SheetCells> sheets = reader.read(file, names::contains, once, cancelled);
		Outcome outcome = new Outcome();
		for (ChecklistSheetIndex.Entry entry : meta.checklistSheets()) {
			SheetCells cells = sheets.get(entry.sheetName());
			if (cells == null) {
				outcome.problems.add(new AnswerProblem(entry.sheetName(), null, Messages.Import_sheetMissing));
				continue;
			}
			new SheetReading(facility, edition, entry, cells, meta, outcome).read();
		}
		return new ImportResult(edition, List.copyOf(outcome.changes), List.copyOf(outcome.conflicts),
				List.copyOf(outcome.kept), List.copyOf(outcome.problems), List.copyOf(outcome.warnings));
	}

	/** What the sheets of one workbook give, collected while reading. */
	private static final class Outcome {
		final List<AnswerChange> changes = new ArrayList<>();
		final List<AnswerConflict> conflicts = new ArrayList<>();
		final List<KeptAnswer> kept = new ArrayList<>();
		final List<AnswerProblem> problems = new ArrayList<>();
		final List<AnswerProblem> warnings = new ArrayList<>();
	}

	/**
	 * Takes the changes of an acceptable result over into the model, creating assessments and answers as needed.
	 * Open conflicts are not applied: {@link ImportResult#resolve} them first.
	 */
	public static void apply(ImportResult result, FacilityWorkbook facility) {
		if (!result.acceptable()) {
			throw new IllegalArgumentException("a result with problems is not applied"); //$NON-NLS-1$
		}
		for (AnswerChange change : result.changes()) {
			ChecklistAssessment assessment = assessment(facility, result.edition(), change.assessment());
			if (change.field() == AnswerField.CONFIRMATION_DATE) {
				assessment.setConfirmationDate((LocalDate) change.after());
				continue;
			}
			ChecklistAnswer answer = Assessments.answerOrCreate(assessment, change.itemId(), change.columnId());
			Object value = change.after();
			switch (change.field()) {
			case ROUND1 -> answer.setRound1(value == null ? Answer.UNANSWERED : (Answer) value);
			case ROUND1_DATE -> answer.setRound1Date((LocalDate) value);
			case ROUND2 -> answer.setRound2(value == null ? Answer.UNANSWERED : (Answer) value);
			case ROUND2_DATE -> answer.setRound2Date((LocalDate) value);
			case TARGET_DATE -> answer.setTargetDate((LocalDate) value);
			case REMARKS -> answer.setRemarks((String) value);
			case CONFIRMATION_DATE -> throw new IllegalStateException(); // set on the assessment above
			}
		}
	}

	private static ChecklistAssessment assessment(FacilityWorkbook facility, Edition edition, ChecklistSheetIndex.Entry entry) {
		if (entry.form() != ChecklistForm.VENDOR) {
			return Assessments.facilityAssessment(facility, edition.getId())
					.orElseGet(() -> Assessments.addFacilityAssessment(facility, edition));
		}
		Organization vendor = vendor(facility, entry.organizationId());
		return Assessments.vendorAssessment(facility, edition.getId(), vendor)
				.orElseGet(() -> Assessments.addVendorAssessment(facility, edition, vendor));
	}

	static Organization vendor(FacilityWorkbook facility, String id) {
		return facility.getOrganizations().stream().filter(o -> Objects.equals(o.getId(), id)).findFirst().orElse(null);
	}

	/** Asks the password once even though the file is opened twice; {@link #wipe()} clears the remembered copy. */
	static final class RememberedPassword implements XlsxReader.PasswordSource {
		private final XlsxReader.PasswordSource passwords;
		private char[] remembered;

		RememberedPassword(XlsxReader.PasswordSource passwords) {
			this.passwords = passwords;
		}

		@Override
		public synchronized char[] password() throws java.io.IOException {
			if (remembered == null && passwords != null) {
				remembered = passwords.password();
			}
			return remembered == null ? null : remembered.clone();
		}

		synchronized void wipe() {
			if (remembered != null) {
				java.util.Arrays.fill(remembered, '\0');
			}
		}
	}

	/** Reads one checklist sheet. */
	private static final class SheetReading {
		private final FacilityWorkbook facility;
		private final Edition edition;
		private final ChecklistSheetIndex.Entry entry;
		private final SheetCells cells;
		private final HandoverMetadata meta;
		private final Outcome outcome;
		private final List<AnswerProblem> problems;
		private final List<AnswerProblem> warnings;
		private final AnswerRules rules;
		private final String choices;
		private final boolean outOfScope;

		SheetReading(FacilityWorkbook facility, Edition edition, ChecklistSheetIndex.Entry entry, SheetCells cells,
				HandoverMetadata meta, Outcome outcome) {
			this.facility = facility;
			this.edition = edition;
			this.entry = entry;
			this.cells = cells;
			this.meta = meta;
			this.outcome = outcome;
			this.problems = outcome.problems;
			this.warnings = outcome.warnings;
			this.rules = new AnswerRules(edition);
			this.outOfScope = Editions.offersOutOfScope(edition, FormKinds.toCatalog(entry.form()));
			this.choices = String.join(" / ", AnswerRules.choices(SheetTexts.of(WorkbookLanguage.JA), outOfScope)) + " / " //$NON-NLS-1$ //$NON-NLS-2$
					+ String.join(" / ", AnswerRules.choices(SheetTexts.of(WorkbookLanguage.EN), outOfScope)); //$NON-NLS-1$
		}

		void read() {
			ChecklistAssessment assessment = null;
			if (entry.form() == ChecklistForm.VENDOR) {
				Organization vendor = vendor(facility, entry.organizationId());
				if (vendor == null) {
					problems.add(new AnswerProblem(entry.sheetName(), null, NLS.bind(Messages.Import_unknownVendor, entry.organizationId())));
					return;
				}
				assessment = Assessments.vendorAssessment(facility, edition.getId(), vendor).orElse(null);
			} else {
				assessment = Assessments.facilityAssessment(facility, edition.getId()).orElse(null);
			}
			Map<String, Integer> seen = new HashMap<>();
			for (int r = 0; r <= cells.lastRow(); r++) {
				String keyText = cells.get(r, ChecklistLayout.KEY);
				if (ChecklistLayout.CONFIRMATION_KEY.equals(keyText)) {
					readConfirmationDate(r, assessment);
					continue;
				}
				String[] key = keyText.isEmpty() ? null : ChecklistLayout.parseKey(keyText);
				if (key == null) {
					continue; // title lines, header, section rows
				}
				Item item = Editions.item(edition, key[0]).orElse(null);
				if (item == null) {
					problem(r, ChecklistLayout.KEY, NLS.bind(Messages.Import_unknownItem, keyText, edition.getId()));
					continue;
				}
				if (!Editions.columnIds(item).contains(key[1])) {
					// a workbook of an earlier Sekisho may still have a device column the edition was corrected to drop
					// (R7 2-⑦ per サーバ / ネットワーク機器): an empty row is nothing, a filled one is listed, not guessed
					if (!filled(r)) {
						continue;
					}
					if (Editions.columnIds(item).size() == 1) {
						warnings.add(new AnswerProblem(entry.sheetName(), SheetCells.reference(r, ChecklistLayout.ROUND1),
								NLS.bind(Messages.Import_columnDropped, Editions.label(item), key[1])));
					} else {
						problem(r, ChecklistLayout.KEY, NLS.bind(Messages.Import_wrongColumn, Editions.label(item), key[1]));
					}
					continue;
				}
				Integer first = seen.putIfAbsent(keyText, r);
				if (first != null) {
					problem(r, ChecklistLayout.KEY, NLS.bind(Messages.Import_duplicateKey, new Object[] { Editions.label(item), key[1], first + 1 }));
					continue;
				}
				ChecklistAnswer existing = assessment == null ? null : Assessments.answer(assessment, item.getId(), key[1]).orElse(null);
				readRow(r, item, key[1], existing, meta.exported().get(entry.sheetName(), keyText));
			}
			if (seen.isEmpty()) {
				problems.add(new AnswerProblem(entry.sheetName(), null, Messages.Import_noRows));
			}
		}

		/** The form's 確認日, compared three-way like an answer cell. */
		private void readConfirmationDate(int r, ChecklistAssessment assessment) {
			int before = problems.size();
			LocalDate confirmed = date(r, AnswerField.CONFIRMATION_DATE); // a text that is no date is a problem there
			if (problems.size() > before) {
				return;
			}
			LocalDate atExport = ExportedAnswers.parseDate(meta.exported().get(entry.sheetName(), ChecklistLayout.CONFIRMATION_KEY)[1]);
			compare(r, null, "", Messages.Import_wholeForm, AnswerField.CONFIRMATION_DATE, //$NON-NLS-1$
					
					assessment == null ? null : assessment.getConfirmationDate(), confirmed, atExport);
		}

		private boolean filled(int r) {
			for (AnswerField field : AnswerField.ROW) {
				if (!cells.get(r, field.column()).isBlank()) {
					return true;
				}
			}
			return false;
		}

		private void readRow(int r, Item item, String column, ChecklistAnswer existing, String[] atExport) {
			int before = problems.size();
			Answer round1 = answer(r, AnswerField.ROUND1);
			LocalDate round1Date = date(r, AnswerField.ROUND1_DATE);
			Answer round2 = answer(r, AnswerField.ROUND2);
			LocalDate round2Date = date(r, AnswerField.ROUND2_DATE);
			LocalDate target = date(r, AnswerField.TARGET_DATE);
			String remarks = cells.get(r, ChecklistLayout.REMARKS);
			if (remarks.length() > MAX_REMARKS) {
				problem(r, ChecklistLayout.REMARKS, NLS.bind(Messages.Import_tooLong, remarks.length(), MAX_REMARKS));
			}
			for (AnswerField field : AnswerField.ROW) {
				int control = ControlCharacters.find(cells.get(r, field.column()));
				if (control >= 0) {
					problem(r, field.column(), NLS.bind(Messages.Import_controlCharacter, String.format("U+%04X", control))); //$NON-NLS-1$
				}
			}
			if (problems.size() > before) {
				return;
			}
			checkRound(r, round1, round1Date, AnswerField.ROUND1);
			checkRound(r, round2, round2Date, AnswerField.ROUND2);
			Answer latest = round2 != Answer.UNANSWERED ? round2 : round1;
			if (latest == Answer.NO && target == null) {
				warnings.add(new AnswerProblem(entry.sheetName(), SheetCells.reference(r, ChecklistLayout.TARGET_DATE), Messages.Import_noWithoutTarget));
			}
			compare(r, item, column, AnswerField.ROUND1, existing == null ? Answer.UNANSWERED : existing.getRound1(), round1,
					ExportedAnswers.parseAnswer(atExport[0]));
			compare(r, item, column, AnswerField.ROUND1_DATE, existing == null ? null : existing.getRound1Date(), round1Date,
					ExportedAnswers.parseDate(atExport[1]));
			compare(r, item, column, AnswerField.ROUND2, existing == null ? Answer.UNANSWERED : existing.getRound2(), round2,
					ExportedAnswers.parseAnswer(atExport[2]));
			compare(r, item, column, AnswerField.ROUND2_DATE, existing == null ? null : existing.getRound2Date(), round2Date,
					ExportedAnswers.parseDate(atExport[3]));
			compare(r, item, column, AnswerField.TARGET_DATE, existing == null ? null : existing.getTargetDate(), target,
					ExportedAnswers.parseDate(atExport[4]));
			compare(r, item, column, AnswerField.REMARKS, existing == null ? null : emptyToNull(existing.getRemarks()),
					emptyToNull(remarks), emptyToNull(atExport[5]));
		}

		private void checkRound(int r, Answer answer, LocalDate date, AnswerField field) {
			String cell = SheetCells.reference(r, field.column());
			if (answer == Answer.UNANSWERED && date != null) {
				problems.add(new AnswerProblem(entry.sheetName(), cell, Messages.Import_dateWithoutAnswer));
			} else if (answer != Answer.UNANSWERED && date == null) {
				warnings.add(new AnswerProblem(entry.sheetName(), cell, Messages.Import_answerWithoutDate));
			}
		}

		/**
		 * @param model the value in the model now
		 * @param workbook the value in the workbook
		 * @param atExport the value the cell held at export (unknown for a workbook of format 1)
		 */
		private void compare(int r, Item item, String column, AnswerField field, Object model, Object workbook, Object atExport) {
			compare(r, item.getId(), column, Editions.label(item), field, model, workbook, atExport);
		}

		/**
		 * @param itemId the item, or {@code null} for the form's 確認日
		 * @param label the item's number (or the field's name) as printed, for messages
		 */
		private void compare(int r, String itemId, String column, String label, AnswerField field, Object model,
				Object workbook, Object atExport) {
			Object ours = model == Answer.UNANSWERED ? null : model;
			Object theirs = workbook == Answer.UNANSWERED ? null : workbook;
			String cell = SheetCells.reference(r, field.column());
			if (!meta.keepsAnswers()) {
				// format 1 kept no export values: an empty cell gives no answer, a value against another is a conflict
				if (theirs == null || Objects.equals(theirs, ours)) {
					return;
				}
				if (ours == null) {
					outcome.changes.add(new AnswerChange(entry.sheetName(), cell, entry, itemId, column,
							label, field, null, theirs));
				} else {
					outcome.conflicts.add(new AnswerConflict(entry.sheetName(), cell, entry, itemId, column,
							label, field, null, theirs, ours));
				}
				return;
			}
			if (Objects.equals(theirs, atExport)) {
				if (!Objects.equals(ours, atExport)) {
					outcome.kept.add(new KeptAnswer(entry.sheetName(), cell, label, field, atExport, ours));
				}
				return;
			}
			if (Objects.equals(ours, atExport)) {
				outcome.changes.add(new AnswerChange(entry.sheetName(), cell, entry, itemId, column,
						label, field, ours, theirs));
			} else if (!Objects.equals(ours, theirs)) {
				outcome.conflicts.add(new AnswerConflict(entry.sheetName(), cell, entry, itemId, column,
						label, field, atExport, theirs, ours));
			}
		}

		private Answer answer(int r, AnswerField field) {
			String text = cells.get(r, field.column());
			Answer answer = AnswerRules.parse(text);
			if (answer == null || answer == Answer.OUT_OF_SCOPE && !outOfScope) {
				problem(r, field.column(), NLS.bind(Messages.Import_badAnswer, text, choices));
				return Answer.UNANSWERED;
			}
			return answer;
		}

		private LocalDate date(int r, AnswerField field) {
			String text = cells.get(r, field.column());
			if (text.isEmpty()) {
				return null;
			}
			LocalDate date;
			try {
				date = parseDate(text);
			} catch (StrictDates.DateFormatException e) {
				problem(r, field.column(), e.getMessage()); // says why: no date at all, or no such day (2025/2/30)
				return null;
			}
			if (date == null) {
				problem(r, field.column(), NLS.bind(Messages.Import_badDate, text));
				return null;
			}
			if (field == AnswerField.TARGET_DATE) {
				if (!rules.isTargetDate(date)) {
					problem(r, field.column(), NLS.bind(Messages.Import_targetOutside, new Object[] { date,
							Integer.toString(rules.fiscalYear().year()), rules.earliestTargetDate(), rules.latestTargetDate() }));
				}
			} else if (!rules.isAnswerDate(date)) {
				problem(r, field.column(), NLS.bind(Messages.Import_answerDateOutside,
						new Object[] { date, rules.earliestAnswerDate(), rules.latestAnswerDate() }));
			}
			return date;
		}

		private void problem(int r, int column, String message) {
			problems.add(new AnswerProblem(entry.sheetName(), SheetCells.reference(r, column), message));
		}
	}

	/**
	 * Date cells arrive as ISO dates; dates typed as text go through the one strict parser of io.sekisho.core
	 * (2025/6/30, 令和7年6月30日, R7.6.30; 2025/2/30 is an error, never 2025-02-28); a date typed into a cell that
	 * lost its date format arrives as Excel's serial day number (45839 = 2025-07-01).
	 *
	 * @return the date, or {@code null} for a serial number outside the accepted years
	 * @throws StrictDates.DateFormatException when the text is no date
	 */
	static LocalDate parseDate(String text) {
		if (text.matches("\\d{5}(\\.0+)?")) { //$NON-NLS-1$
			double serial = Double.parseDouble(text);
			return serial >= FIRST_SERIAL && serial <= LAST_SERIAL ? DateUtil.getLocalDateTime(serial).toLocalDate() : null;
		}
		return StrictDates.parse(text);
	}

	private static String emptyToNull(String text) {
		return text == null || text.isBlank() ? null : text;
	}

	/** For messages: an answer, a date or a text as the facility sees it. */
	public static String display(Object value, WorkbookLanguage language) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Answer answer) {
			return AnswerRules.label(SheetTexts.of(language), answer);
		}
		return value.toString();
	}
}
