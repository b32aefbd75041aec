package io.sekisho.checklist.internal.evaluators;

import java.util.List;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;

/** ⑨: USB storage and other external media are restricted on the servers and client PCs. */
public final class RemovableMediaEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		Evidence evidence = new Evidence(context.item());
		for (Device device : Scope.devices(context)) {
			if (device.getCategory() != DeviceCategory.SERVER && device.getCategory() != DeviceCategory.CLIENT_PC) {
				continue;
			}
			String column = evidence.columnOf(device);
			switch (device.getRemovableMediaRestricted()) {
			case NO -> evidence.bad(column, ReasonTexts.reason("media.open", device, Labels.of(device))); //$NON-NLS-1$
			case YES, NOT_APPLICABLE -> evidence.good(column, device);
			case UNKNOWN -> evidence.unknown(column);
			}
		}
		return evidence.proposals(good -> ReasonTexts.reason("media.restricted", good, good.size())); //$NON-NLS-1$
	}
}
