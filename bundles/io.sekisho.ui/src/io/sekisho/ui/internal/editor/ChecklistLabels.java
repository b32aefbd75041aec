package io.sekisho.ui.internal.editor;

import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.ui.internal.Messages;

/** Labels of answers, device columns and forms as the MHLW forms write them. */
final class ChecklistLabels {

	private ChecklistLabels() {
	}

	static String answer(Answer answer) {
		if (answer == null) {
			return ""; //$NON-NLS-1$
		}
		return switch (answer) {
			case YES -> Messages.Checklist_yes;
			case NO -> Messages.Checklist_no;
			case NOT_APPLICABLE -> Messages.Checklist_notApplicable;
			case OUT_OF_SCOPE -> Messages.Checklist_outOfScope;
			case UNANSWERED -> ""; //$NON-NLS-1$
		};
	}

	static String column(String columnId) {
		return switch (columnId == null ? "" : columnId) { //$NON-NLS-1$
			case "general" -> Messages.Checklist_columnGeneral; //$NON-NLS-1$
			case "server" -> Messages.Checklist_columnServer; //$NON-NLS-1$
			case "clientPc" -> Messages.Checklist_columnClientPc; //$NON-NLS-1$
			case "networkDevice" -> Messages.Checklist_columnNetwork; //$NON-NLS-1$
			default -> ""; //$NON-NLS-1$
		};
	}

	static String form(ChecklistForm form) {
		return switch (form) {
			case MEDICAL_INSTITUTION -> Messages.Checklist_formMedical;
			case PHARMACY -> Messages.Checklist_formPharmacy;
			case VENDOR -> Messages.Checklist_formVendor;
			case MEDICAL_INSTITUTION_AND_PHARMACY -> Messages.Checklist_formMedicalAndPharmacy;
		};
	}
}
