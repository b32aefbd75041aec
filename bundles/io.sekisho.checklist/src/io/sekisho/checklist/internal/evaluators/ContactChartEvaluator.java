package io.sekisho.checklist.internal.evaluators;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Contact;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.Organization;

/**
 * 3-(1) / 3-①: the incident contact chart has people inside the facility, contacts outside it, and every vendor
 * that manages a device or maintains remotely.
 */
public final class ContactChartEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		List<Contact> contacts = context.workbook().getContacts();
		if (contacts.isEmpty()) {
			return List.of(Proposal.all(Answer.NO, List.of(ReasonTexts.reason("contacts.none", List.of())))); //$NON-NLS-1$
		}
		List<Reason> against = new ArrayList<>();
		if (contacts.stream().noneMatch(Contact::isInternal)) {
			against.add(ReasonTexts.reason("contacts.noInternal", contacts)); //$NON-NLS-1$
		}
		if (contacts.stream().allMatch(Contact::isInternal)) {
			against.add(ReasonTexts.reason("contacts.noExternal", contacts)); //$NON-NLS-1$
		}
		Set<Organization> vendors = new LinkedHashSet<>();
		for (Device device : Scope.devices(context)) {
			if (device.getManagedBy() != null) {
				vendors.add(device.getManagedBy());
			}
		}
		context.workbook().getOrganizations().stream().filter(Organization::isRemoteMaintenance).forEach(vendors::add);
		for (Organization vendor : vendors) {
			if (contacts.stream().noneMatch(c -> c.getOrganization() == vendor)) {
				against.add(ReasonTexts.reason("contacts.vendorMissing", vendor, Labels.of(vendor))); //$NON-NLS-1$
			}
		}
		if (!against.isEmpty()) {
			return List.of(Proposal.all(Answer.NO, against));
		}
		return List.of(Proposal.all(Answer.YES, List.of(ReasonTexts.reason("contacts.complete", contacts, contacts.size())))); //$NON-NLS-1$
	}
}
