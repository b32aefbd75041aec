package io.sekisho.checklist.internal.cli;

import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.assessment.FormKinds;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.model.facility.ChecklistAssessment;

/** The heading line of one assessment: edition, form and who answers. */
final class Headers {

	private Headers() {
	}

	static String of(ChecklistAssessment assessment, Edition edition) {
		if (edition == null) {
			return NLS.bind(Messages.Checklist_unknownEdition, assessment.getEditionId());
		}
		String form = Editions.form(edition, FormKinds.toCatalog(assessment.getForm())).map(Editions::title)
				.orElse(assessment.getForm().getLiteral());
		String respondent = assessment.getRespondent() != null ? assessment.getRespondent().getName()
				: assessment.getRespondentName() != null ? assessment.getRespondentName() : "-"; //$NON-NLS-1$
		return NLS.bind(Messages.Checklist_assessmentHeader, new Object[] { Editions.title(edition), form, respondent });
	}
}
