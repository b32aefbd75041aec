package io.sekisho.checklist.internal.evaluators;

import java.util.List;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.ExternalConnection;

/**
 * 2-(8) / 2-⑬: connections are accepted only from known sources: every external connection and every network device
 * restricts its source addresses.
 */
public final class SourceRestrictionEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		Evidence evidence = new Evidence(context.item());
		for (ExternalConnection connection : context.workbook().getExternalConnections()) {
			Device gateway = connection.getGateway();
			if (gateway == null || !Scope.inUse(gateway) || !context.concerns(connection.getCounterpart())) {
				continue;
			}
			String column = evidence.columnOf(gateway);
			judge(evidence, column, connection.getSourceRestriction(), connection, "source.connectionOpen"); //$NON-NLS-1$
		}
		for (Device device : Scope.devices(context)) {
			if (device.getCategory() == DeviceCategory.NETWORK_DEVICE) {
				judge(evidence, evidence.columnOf(device), device.getSourceAddressRestriction(), device, "source.deviceOpen"); //$NON-NLS-1$
			}
		}
		return evidence.proposals(good -> ReasonTexts.reason("source.restricted", good, good.size())); //$NON-NLS-1$
	}

	private static void judge(Evidence evidence, String column, Availability restriction, io.sekisho.model.facility.Named element, String badKey) {
		switch (restriction) {
		case NO -> evidence.bad(column, ReasonTexts.reason(badKey, element, Labels.of(element)));
		case YES -> evidence.good(column, element);
		case UNKNOWN -> evidence.unknown(column);
		case NOT_APPLICABLE -> {
			// a device without inbound connections: nothing to restrict
		}
		}
	}
}
