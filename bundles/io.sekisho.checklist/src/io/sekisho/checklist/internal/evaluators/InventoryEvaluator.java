package io.sekisho.checklist.internal.evaluators;

import java.util.List;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Device;

/** 2-(1) / 2-①: the asset register lists the servers, client PCs and network devices with maker, model and place. */
public final class InventoryEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		// the register the item asks for: servers, client PCs and network devices (medical devices are not asked)
		Evidence columns = new Evidence(context.item());
		List<Device> devices = Scope.devices(context).stream().filter(d -> columns.columnOf(d) != null).toList();
		if (devices.isEmpty()) {
			return List.of(Proposal.all(Answer.NO, List.of(ReasonTexts.reason("inventory.empty", List.of())))); //$NON-NLS-1$
		}
		List<Device> incomplete = devices.stream().filter(InventoryEvaluator::incomplete).toList();
		if (!incomplete.isEmpty()) {
			return List.of(Proposal.all(Answer.NO, List.of(ReasonTexts.reason("inventory.incomplete", incomplete, //$NON-NLS-1$
					incomplete.size(), Labels.list(incomplete.stream().map(Labels::of).toList())))));
		}
		return List.of(Proposal.all(Answer.YES, List.of(ReasonTexts.reason("inventory.complete", devices, devices.size())))); //$NON-NLS-1$
	}

	private static boolean incomplete(Device device) {
		return blank(device.getName()) || blank(device.getManufacturer()) || blank(device.getModel()) || blank(device.getLocation());
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
