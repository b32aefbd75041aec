package io.sekisho.workbook.internal.sheets;

import java.time.LocalDate;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.core.time.FiscalYear;
import io.sekisho.model.facility.Answer;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.WorkbookTexts;

/**
 * What a checklist answer cell may hold, the same for the drop-downs and date validations of the export and for
 * the checks of the import: はい / いいえ / 該当なし (or Yes / No / N/A), answer dates from the year before the
 * edition's fiscal year to the year after it, target dates within the edition's fiscal year (MHLW: 「年度中の目標日」).
 */
public final class AnswerRules {

	private final FiscalYear fiscalYear;

	public AnswerRules(Edition edition) {
		this.fiscalYear = new FiscalYear(edition.getFiscalYear());
	}

	public FiscalYear fiscalYear() {
		return fiscalYear;
	}

	public LocalDate earliestAnswerDate() {
		return fiscalYear.firstDay().minusYears(1);
	}

	public LocalDate latestAnswerDate() {
		return fiscalYear.lastDay().plusYears(1);
	}

	public LocalDate earliestTargetDate() {
		return fiscalYear.firstDay();
	}

	public LocalDate latestTargetDate() {
		return fiscalYear.lastDay();
	}

	public boolean isAnswerDate(LocalDate date) {
		return !date.isBefore(earliestAnswerDate()) && !date.isAfter(latestAnswerDate());
	}

	public boolean isTargetDate(LocalDate date) {
		return fiscalYear.contains(date);
	}

	/** The answers offered in a workbook of {@code texts}' language. */
	public static String[] choices(WorkbookTexts texts) {
		return choices(texts, false);
	}

	/** @param outOfScope whether the form offers 対象外 (the FY2026 vendor form) */
	public static String[] choices(WorkbookTexts texts, boolean outOfScope) {
		return outOfScope
				? new String[] { label(texts, Answer.YES), label(texts, Answer.NO), label(texts, Answer.OUT_OF_SCOPE), label(texts, Answer.NOT_APPLICABLE) }
				: new String[] { label(texts, Answer.YES), label(texts, Answer.NO), label(texts, Answer.NOT_APPLICABLE) };
	}

	public static String label(WorkbookTexts texts, Answer answer) {
		return answer == null || answer == Answer.UNANSWERED ? "" : texts.get("answer." + answer.name()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/**
	 * @return the answer a cell text means in either language (a facility may fill an English workbook in Japanese),
	 *         UNANSWERED for an empty cell, {@code null} for anything else
	 */
	public static Answer parse(String text) {
		String value = text.strip();
		if (value.isEmpty()) {
			return Answer.UNANSWERED;
		}
		for (WorkbookLanguage language : WorkbookLanguage.values()) {
			WorkbookTexts texts = SheetTexts.of(language);
			for (Answer answer : new Answer[] { Answer.YES, Answer.NO, Answer.NOT_APPLICABLE, Answer.OUT_OF_SCOPE }) {
				if (label(texts, answer).equalsIgnoreCase(value)) {
					return answer;
				}
			}
		}
		return null;
	}
}
