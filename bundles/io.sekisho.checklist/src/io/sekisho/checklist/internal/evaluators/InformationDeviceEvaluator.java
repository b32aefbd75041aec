package io.sekisho.checklist.internal.evaluators;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.sekisho.checklist.catalog.DeviceColumn;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;

/**
 * FY2026 2-⑨: USB storage and external media restricted on servers and client PCs, as in FY2025 ⑨, and now also
 * the information devices (smartphones, tablets) in the register: for those the restriction record says whether
 * their connection to and use with the systems is restricted.
 */
public final class InformationDeviceEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		Evidence evidence = new Evidence(context.item());
		boolean general = Editions.columnIds(context.item()).contains(DeviceColumn.GENERAL.getLiteral());
		Map<String, List<Device>> media = new LinkedHashMap<>();
		Map<String, List<Device>> informationDevices = new LinkedHashMap<>();
		for (Device device : Scope.devices(context)) {
			String column;
			Map<String, List<Device>> open;
			if (device.getCategory() == DeviceCategory.INFORMATION_DEVICE) {
				column = general ? DeviceColumn.GENERAL.getLiteral() : null;
				open = informationDevices;
			} else if (device.getCategory() == DeviceCategory.SERVER || device.getCategory() == DeviceCategory.CLIENT_PC) {
				column = evidence.columnOf(device);
				open = media;
			} else {
				continue;
			}
			switch (device.getRemovableMediaRestricted()) {
			case NO -> open.computeIfAbsent(column, c -> new ArrayList<>()).add(device);
			case YES, NOT_APPLICABLE -> evidence.good(column, device);
			case UNKNOWN -> evidence.unknown(column);
			}
		}
		media.forEach((column, devices) -> evidence.bad(column,
				ReasonTexts.reason("media.open", devices, devices.size(), Labels.list(devices.stream().map(Labels::of).toList())))); //$NON-NLS-1$
		informationDevices.forEach((column, devices) -> evidence.bad(column,
				ReasonTexts.reason("infoDevice.open", devices, devices.size(), Labels.list(devices.stream().map(Labels::of).toList())))); //$NON-NLS-1$
		return evidence.proposals(good -> ReasonTexts.reason("infoDevice.restricted", good, good.size())); //$NON-NLS-1$
	}
}
