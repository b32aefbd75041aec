package io.sekisho.ui.internal.editor;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.Contact;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.PasswordAssessment;

/** Which editor page shows an element; page order as added by {@link FacilityEditor#addPages()}. */
final class PageRouter {

	static final int OVERVIEW = 0;
	static final int DEVICES = 1;
	static final int ACCOUNTS = 2;
	static final int CHECKLIST = 3;
	static final int CONTACTS_FINDINGS = 4;

	private PageRouter() {
	}

	static int pageIndexFor(EObject element) {
		for (EObject e = element; e != null; e = e.eContainer()) {
			if (e instanceof Device) {
				return DEVICES;
			}
			if (e instanceof Account || e instanceof PasswordAssessment) {
				return ACCOUNTS;
			}
			if (e instanceof ChecklistAssessment || e instanceof ChecklistAnswer) {
				return CHECKLIST;
			}
			if (e instanceof Contact || e instanceof Finding) {
				return CONTACTS_FINDINGS;
			}
		}
		return OVERVIEW;
	}
}
