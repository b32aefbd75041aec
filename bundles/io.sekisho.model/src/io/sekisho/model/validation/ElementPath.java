package io.sekisho.model.validation;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.Contact;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.Named;
import io.sekisho.model.facility.Vulnerability;

/**
 * Where an element sits in its workbook, readable for people: {@code /devices[FG-VPN-01]},
 * {@code /checklistAssessments[mhlw-r6]/answers[2-(7) server]}. Falls back to the position when an element has no name.
 */
public final class ElementPath {

	private ElementPath() {
	}

	public static String of(EObject element) {
		Deque<String> segments = new ArrayDeque<>();
		for (EObject e = element; e != null && e.eContainer() != null; e = e.eContainer()) {
			EReference feature = e.eContainmentFeature();
			String segment = feature.getName();
			if (feature.isMany()) {
				String label = label(e);
				segment += "[" + (label == null || label.isBlank() ? indexIn(e, feature) : label) + "]"; //$NON-NLS-1$ //$NON-NLS-2$
			}
			segments.push(segment);
		}
		return "/" + String.join("/", segments); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private static String indexIn(EObject e, EReference feature) {
		return "#" + (((List<?>) e.eContainer().eGet(feature)).indexOf(e) + 1); //$NON-NLS-1$
	}

	/** @return a short, human identifying label, or {@code null} */
	static String label(EObject e) {
		if (e instanceof Named named) {
			return named.getName();
		}
		if (e instanceof Account account) {
			String on = account.getDevice() != null ? account.getDevice().getName() : account.getSystem();
			return on == null ? account.getUserName() : account.getUserName() + "@" + on; //$NON-NLS-1$
		}
		if (e instanceof ChecklistAnswer answer) {
			return answer.getDeviceColumn() == null || answer.getDeviceColumn().isBlank() ? answer.getItemId()
					: answer.getItemId() + " " + answer.getDeviceColumn(); //$NON-NLS-1$
		}
		if (e instanceof ChecklistAssessment assessment) {
			return assessment.getEditionId() + " " + assessment.getForm().getLiteral() //$NON-NLS-1$
					+ (assessment.getRespondent() != null ? " " + assessment.getRespondent().getName() : ""); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (e instanceof FirmwareRecord record) {
			return record.getDevice() != null ? record.getDevice().getName() : record.getProductId();
		}
		if (e instanceof Vulnerability vulnerability) {
			return vulnerability.getCveId();
		}
		if (e instanceof Contact contact) {
			return contact.getRole();
		}
		return null;
	}
}
