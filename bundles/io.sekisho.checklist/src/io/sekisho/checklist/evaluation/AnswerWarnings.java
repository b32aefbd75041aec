package io.sekisho.checklist.evaluation;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.assessment.Answers;
import io.sekisho.checklist.assessment.FormKinds;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.checklist.internal.Messages;
import io.sekisho.core.time.FiscalYear;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Validation warnings on recorded answers: a はい the evidence contradicts, a target date outside the edition's
 * fiscal year, an answer to an item or column the edition does not have, an answer without its date (the inspection
 * wants each answer dated). Each is an EMF diagnostic whose data is
 * the answer, so editors can show it on the answer like any other validation problem.
 */
public final class AnswerWarnings {

	public static final String DIAGNOSTIC_SOURCE = "io.sekisho.checklist"; //$NON-NLS-1$
	public static final int CONTRADICTED_YES = 1;
	public static final int TARGET_DATE_OUTSIDE_YEAR = 2;
	public static final int UNKNOWN_ITEM = 3;
	public static final int UNKNOWN_EDITION = 4;
	public static final int ANSWER_WITHOUT_DATE = 5;
	public static final int OUT_OF_SCOPE_NOT_OFFERED = 6;

	private final EditionRegistry editions;
	private final Suggestions suggestions;

	public AnswerWarnings(EditionRegistry editions, Suggestions suggestions) {
		this.editions = editions;
		this.suggestions = suggestions;
	}

	public List<Diagnostic> check(FacilityWorkbook workbook) {
		List<Diagnostic> result = new ArrayList<>();
		for (ChecklistAssessment assessment : workbook.getChecklistAssessments()) {
			Edition edition = editions.find(assessment.getEditionId()).orElse(null);
			if (edition == null) {
				result.add(warning(UNKNOWN_EDITION, NLS.bind(Messages.Warning_unknownEdition, assessment.getEditionId()), assessment));
				continue;
			}
			result.addAll(check(workbook, assessment, edition));
		}
		return result;
	}

	public List<Diagnostic> check(FacilityWorkbook workbook, ChecklistAssessment assessment, Edition edition) {
		List<Diagnostic> result = new ArrayList<>();
		FiscalYear year = new FiscalYear(edition.getFiscalYear());
		boolean outOfScopeOffered = Editions.offersOutOfScope(edition, FormKinds.toCatalog(assessment.getForm()));
		for (ChecklistAnswer answer : assessment.getAnswers()) {
			Item item = Editions.item(edition, answer.getItemId()).orElse(null);
			String column = answer.getDeviceColumn() == null ? "" : answer.getDeviceColumn(); //$NON-NLS-1$
			String columnName = Editions.columnLabel(column); // people read the warnings: サーバ, not server
			if (item == null || !Editions.columnIds(item).contains(column)) {
				result.add(warning(UNKNOWN_ITEM, NLS.bind(Messages.Warning_unknownItem, new Object[] { answer.getItemId(), columnName, Editions.title(edition) }), answer));
				continue;
			}
			if (Answers.answered(answer) && answer.getRound1Date() == null
					|| answer.getRound2() != null && answer.getRound2() != Answer.UNANSWERED && answer.getRound2Date() == null) {
				result.add(warning(ANSWER_WITHOUT_DATE, NLS.bind(Messages.Warning_answerWithoutDate, Editions.label(item), columnName), answer));
			}
			if (!outOfScopeOffered && (answer.getRound1() == Answer.OUT_OF_SCOPE || answer.getRound2() == Answer.OUT_OF_SCOPE)) {
				result.add(warning(OUT_OF_SCOPE_NOT_OFFERED, NLS.bind(Messages.Warning_outOfScopeNotOffered, Editions.label(item), columnName), answer));
			}
			if (Answers.latest(answer) == Answer.NO && answer.getTargetDate() != null && !year.contains(answer.getTargetDate())) {
				result.add(warning(TARGET_DATE_OUTSIDE_YEAR,
						NLS.bind(Messages.Warning_targetDateOutsideYear, new Object[] { Editions.label(item), answer.getTargetDate(), year.firstDay(), year.lastDay() }), answer));
			}
		}
		for (Suggestion suggestion : suggestions.propose(workbook, assessment, edition)) {
			if (suggestion.contradictsRecordedYes()) {
				String reasons = String.join(" / ", suggestion.reasons().stream().map(Reason::text).toList()); //$NON-NLS-1$
				result.add(warning(CONTRADICTED_YES, NLS.bind(Messages.Warning_contradictedYes,
						new Object[] { Editions.label(suggestion.item()), Editions.columnLabel(suggestion.columnId()), reasons }), suggestion.recorded()));
			}
		}
		return result;
	}

	private static Diagnostic warning(int code, String message, Object element) {
		return new BasicDiagnostic(Diagnostic.WARNING, DIAGNOSTIC_SOURCE, code, message, new Object[] { element });
	}
}
