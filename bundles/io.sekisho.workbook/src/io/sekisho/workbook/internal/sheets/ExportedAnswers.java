package io.sekisho.workbook.internal.sheets;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;

/**
 * What the answer cells of the checklist sheets held at export, kept in the hidden metadata sheet, so that the
 * answer import can tell a cell the facility changed from one it left alone (three-way import: the export, the
 * workbook, the model now). Only rows with a value are kept; a row not kept was empty at export.
 */
public final class ExportedAnswers {

	/** The answer fields in the order of their cells: round 1, its date, round 2, its date, target date, remarks. */
	public static final int FIELDS = 6;

	private final Map<String, Map<String, String[]>> bySheet = new HashMap<>();

	/** Notes what a row of a sheet held at export. */
	public void put(String sheet, String key, ChecklistAnswer answer) {
		String[] values = { answer(answer.getRound1()), date(answer.getRound1Date()), answer(answer.getRound2()),
				date(answer.getRound2Date()), date(answer.getTargetDate()),
				answer.getRemarks() == null || answer.getRemarks().isBlank() ? "" : answer.getRemarks() }; //$NON-NLS-1$
		for (String v : values) {
			if (!v.isEmpty()) {
				put(sheet, key, values);
				return;
			}
		}
	}

	/** Notes the values of a row as read back from the metadata sheet. */
	public void put(String sheet, String key, String[] values) {
		bySheet.computeIfAbsent(sheet, s -> new HashMap<>()).put(key, values.clone());
	}

	/** @return the six values of a row at export (answers as literals, dates as ISO dates, "" for empty) */
	public String[] get(String sheet, String key) {
		String[] values = bySheet.getOrDefault(sheet, Map.of()).get(key);
		return values == null ? new String[] { "", "", "", "", "", "" } : values.clone(); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
	}

	/** @return the rows kept, per sheet and key */
	public Map<String, Map<String, String[]>> rows() {
		return bySheet;
	}

	private static String answer(Answer answer) {
		return answer == null || answer == Answer.UNANSWERED ? "" : answer.getLiteral(); //$NON-NLS-1$
	}

	private static String date(LocalDate date) {
		return date == null ? "" : date.toString(); //$NON-NLS-1$
	}

	/** @return the answer of a kept literal, {@code null} for "" or anything else */
	public static Answer parseAnswer(String literal) {
		Answer answer = literal == null || literal.isEmpty() ? null : Answer.get(literal);
		return answer == Answer.UNANSWERED ? null : answer;
	}

	/** @return the date of a kept ISO date, {@code null} for "" or anything else */
	public static LocalDate parseDate(String iso) {
		try {
			return iso == null || iso.isEmpty() ? null : LocalDate.parse(iso);
		} catch (java.time.format.DateTimeParseException e) {
			return null;
		}
	}
}
