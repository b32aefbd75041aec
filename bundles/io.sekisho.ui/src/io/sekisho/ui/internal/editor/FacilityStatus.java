package io.sekisho.ui.internal.editor;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.Severity;
import io.sekisho.ui.internal.Messages;

/** The numbers the overview shows: findings by severity, rejected passwords, answered checklist items. */
final class FacilityStatus {

	private FacilityStatus() {
	}

	static Map<String, Long> findingsBySeverity(FacilityWorkbook workbook) {
		Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
		for (Finding finding : workbook.getFindings()) {
			bySeverity.merge(finding.getSeverity(), 1L, Long::sum);
		}
		Map<String, Long> result = new LinkedHashMap<>();
		for (Severity severity : Severity.VALUES.reversed()) {
			if (bySeverity.containsKey(severity)) {
				result.put(severity.getLiteral(), bySeverity.get(severity));
			}
		}
		return result;
	}

	static String format(Map<String, Long> counts) {
		if (counts.isEmpty()) {
			return Messages.Overview_none;
		}
		StringBuilder text = new StringBuilder();
		counts.forEach((k, v) -> text.append(text.isEmpty() ? "" : ", ").append(k).append(' ').append(v)); //$NON-NLS-1$ //$NON-NLS-2$
		return text.toString();
	}

	/** @return accounts whose stored assessment has at least one finding */
	static long rejectedPasswords(FacilityWorkbook workbook) {
		return workbook.getAccounts().stream().map(Account::getPasswordAssessment)
				.filter(a -> a != null && !a.getFindingCodes().isEmpty()).count();
	}

	static String checklistProgress(FacilityWorkbook workbook) {
		StringBuilder text = new StringBuilder();
		for (ChecklistAssessment assessment : workbook.getChecklistAssessments()) {
			long answered = assessment.getAnswers().stream().filter(a -> a.getRound1() != Answer.UNANSWERED).count();
			long no = assessment.getAnswers().stream().filter(a -> a.getRound1() == Answer.NO).count();
			long noWithoutTarget = assessment.getAnswers().stream()
					.filter(a -> a.getRound1() == Answer.NO && a.getTargetDate() == null).count();
			text.append(NLS.bind(Messages.Overview_progressLine, new Object[] { label(assessment), answered,
					assessment.getAnswers().size(), no, noWithoutTarget })).append('\n');
		}
		return text.isEmpty() ? Messages.Overview_noAssessment : text.toString().strip();
	}

	static String label(ChecklistAssessment assessment) {
		String respondent = assessment.getRespondent() != null ? assessment.getRespondent().getName() : assessment.getRespondentName();
		return assessment.getEditionId() + " " + assessment.getForm().getLiteral() //$NON-NLS-1$
				+ (respondent == null || respondent.isBlank() ? "" : " (" + respondent + ")"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	static boolean answered(ChecklistAnswer answer) {
		return answer.getRound1() != Answer.UNANSWERED;
	}
}
