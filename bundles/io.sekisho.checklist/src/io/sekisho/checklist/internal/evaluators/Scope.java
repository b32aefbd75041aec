package io.sekisho.checklist.internal.evaluators;

import java.util.List;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceStatus;

/**
 * What the form asks about: the devices in use, and on a vendor form only what that vendor manages (its devices,
 * the accounts it owns).
 */
final class Scope {

	private Scope() {
	}

	static List<Device> devices(EvaluationContext context) {
		return context.workbook().getDevices().stream().filter(Scope::inUse).filter(d -> context.concerns(d.getManagedBy())).toList();
	}

	static List<Account> accounts(EvaluationContext context) {
		return context.workbook().getAccounts().stream().filter(a -> a.getDevice() == null || inUse(a.getDevice()))
				.filter(a -> !context.vendorForm() || context.respondent() == null || context.respondent() == a.getOwnerOrganization()
						|| a.getDevice() != null && context.respondent() == a.getDevice().getManagedBy())
				.toList();
	}

	static boolean inUse(Device device) {
		return device.getStatus() == DeviceStatus.IN_USE;
	}
}
