package io.sekisho.checklist.internal.evaluators;

import java.util.List;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.LogSettings;

/** 2-(6) / 2-⑩: every server records access logs and protects them against tampering. */
public final class AccessLogEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		Evidence evidence = new Evidence(context.item());
		for (Device device : Scope.devices(context)) {
			if (device.getCategory() != DeviceCategory.SERVER) {
				continue;
			}
			String column = evidence.columnOf(device);
			LogSettings log = device.getLogSettings();
			if (log == null || log.getEnabled() == Availability.UNKNOWN) {
				evidence.unknown(column);
			} else if (log.getEnabled() == Availability.NO) {
				evidence.bad(column, ReasonTexts.reason("logs.disabled", device, Labels.of(device))); //$NON-NLS-1$
			} else if (log.getTamperProtection() == Availability.NO) {
				evidence.bad(column, ReasonTexts.reason("logs.unprotected", device, Labels.of(device))); //$NON-NLS-1$
			} else if (log.getEnabled() == Availability.YES && log.getTamperProtection() == Availability.YES) {
				evidence.good(column, device);
			} else {
				evidence.unknown(column);
			}
		}
		return evidence.proposals(good -> ReasonTexts.reason("logs.kept", good, good.size())); //$NON-NLS-1$
	}
}
