package io.sekisho.ui.internal.editor;

import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.osgi.util.NLS;

import java.util.Optional;

import io.sekisho.checklist.assessment.Progress;
import io.sekisho.checklist.assessment.SectionProgress;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.Severity;
import io.sekisho.ui.internal.Messages;

/** The numbers the overview shows: findings by severity, rejected passwords, answered checklist items. */
final class FacilityStatus {

	private FacilityStatus() {
	}

	/** @param labels the localized label of a severity (from the item providers) */
	static Map<String, Long> findingsBySeverity(FacilityWorkbook workbook, java.util.function.Function<Severity, String> labels) {
		Map<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
		for (Finding finding : workbook.getFindings()) {
			bySeverity.merge(finding.getSeverity(), 1L, Long::sum);
		}
		Map<String, Long> result = new LinkedHashMap<>();
		for (Severity severity : Severity.VALUES.reversed()) {
			if (bySeverity.containsKey(severity)) {
				result.put(labels.apply(severity), bySeverity.get(severity));
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

	/** One line per assessment: edition, form and respondent, then the counts of the checklist's own progress. */
	static String checklistProgress(FacilityWorkbook workbook, EditionRegistry editions) {
		StringBuilder text = new StringBuilder();
		for (ChecklistAssessment assessment : workbook.getChecklistAssessments()) {
			Optional<Edition> edition = editions.find(assessment.getEditionId());
			if (edition.isEmpty()) {
				continue;
			}
			SectionProgress total = Progress.of(assessment, edition.get()).total();
			text.append(NLS.bind(Messages.Overview_progressLine, new Object[] { label(assessment, edition.get()), total.answered(),
					total.slots(), total.no(), total.noWithoutTarget() })).append('\n');
		}
		return text.isEmpty() ? Messages.Overview_noAssessment : text.toString().strip();
	}

	private static String label(ChecklistAssessment assessment, Edition edition) {
		String respondent = assessment.getRespondent() != null ? assessment.getRespondent().getName() : null;
		return Editions.title(edition) + " / " + ChecklistLabels.form(assessment.getForm()) //$NON-NLS-1$
				+ (respondent == null || respondent.isBlank() ? "" : " / " + respondent); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
