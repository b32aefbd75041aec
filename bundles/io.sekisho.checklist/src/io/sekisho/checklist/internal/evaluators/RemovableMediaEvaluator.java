package io.sekisho.checklist.internal.evaluators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
		Map<String, List<Device>> open = new LinkedHashMap<>();
		for (Device device : Scope.devices(context)) {
			if (device.getCategory() != DeviceCategory.SERVER && device.getCategory() != DeviceCategory.CLIENT_PC) {
				continue;
			}
			String column = evidence.columnOf(device);
			switch (device.getRemovableMediaRestricted()) {
			case NO -> open.computeIfAbsent(column, c -> new ArrayList<>()).add(device);
			case YES, NOT_APPLICABLE -> evidence.good(column, device);
			case UNKNOWN -> evidence.unknown(column);
			}
		}
		// one reason per column: a list of thirty PCs reads better as one line
		open.forEach((column, devices) -> evidence.bad(column,
				ReasonTexts.reason("media.open", devices, devices.size(), Labels.list(devices.stream().map(Labels::of).toList())))); //$NON-NLS-1$
		return evidence.proposals(good -> ReasonTexts.reason("media.restricted", good, good.size())); //$NON-NLS-1$
	}
}
