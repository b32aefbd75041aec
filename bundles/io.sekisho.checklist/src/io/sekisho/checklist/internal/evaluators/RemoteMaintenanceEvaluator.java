package io.sekisho.checklist.internal.evaluators;

import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ConnectionPurpose;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.Organization;

/**
 * 2-(2) / 2-②: for every vendor that maintains remotely, the devices it reaches are known; every remote-maintenance
 * connection names its gateway device and vendor.
 */
public final class RemoteMaintenanceEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		List<Reason> against = new ArrayList<>();
		List<EObject> known = new ArrayList<>();
		List<Device> devices = Scope.devices(context);
		for (Organization vendor : context.workbook().getOrganizations()) {
			if (!vendor.isRemoteMaintenance() || !context.concerns(vendor)) {
				continue;
			}
			List<Device> reached = devices.stream().filter(d -> d.isRemoteMaintenance() && d.getManagedBy() == vendor).toList();
			boolean connection = context.workbook().getExternalConnections().stream()
					.anyMatch(c -> c.getPurpose() == ConnectionPurpose.REMOTE_MAINTENANCE && c.getCounterpart() == vendor && c.getGateway() != null);
			if (reached.isEmpty() && !connection) {
				against.add(ReasonTexts.reason("remote.vendorWithoutDevice", vendor, Labels.of(vendor))); //$NON-NLS-1$
			} else {
				known.add(vendor);
				known.addAll(reached);
			}
		}
		for (ExternalConnection connection : context.workbook().getExternalConnections()) {
			if (connection.getPurpose() == ConnectionPurpose.REMOTE_MAINTENANCE && context.concerns(connection.getCounterpart())) {
				if (connection.getGateway() == null || connection.getCounterpart() == null) {
					against.add(ReasonTexts.reason("remote.connectionIncomplete", connection, Labels.of(connection))); //$NON-NLS-1$
				} else {
					known.add(connection);
				}
			}
		}
		for (Device device : devices) {
			if (device.isRemoteMaintenance() && device.getManagedBy() == null) {
				against.add(ReasonTexts.reason("remote.deviceWithoutVendor", device, Labels.of(device))); //$NON-NLS-1$
			}
		}
		if (!against.isEmpty()) {
			return List.of(Proposal.all(Answer.NO, against));
		}
		if (known.isEmpty()) {
			return List.of(); // nothing recorded about remote maintenance: the model cannot tell whether vendors were asked
		}
		return List.of(Proposal.all(Answer.YES, List.of(ReasonTexts.reason("remote.known", known, known.size())))); //$NON-NLS-1$
	}
}
