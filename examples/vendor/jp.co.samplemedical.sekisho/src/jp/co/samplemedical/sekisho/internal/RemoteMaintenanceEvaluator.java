package jp.co.samplemedical.sekisho.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.evaluation.EvaluationContext;
import io.sekisho.checklist.evaluation.ItemEvaluator;
import io.sekisho.checklist.evaluation.Proposal;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.Device;

/**
 * 2-② (R7), remote maintenance: our modalities are maintained only through an SM-Link gateway. Each modality of
 * ours with remote maintenance needs an SM-Link in the facility, and that gateway needs its source restriction on
 * record (the lesson of 岡山県精神科医療センター: a maintenance VPN without source restriction).
 */
public final class RemoteMaintenanceEvaluator implements ItemEvaluator {

	@Override
	public List<Proposal> evaluate(EvaluationContext context) {
		List<Device> ours = OurDevices.of(context.workbook());
		List<Device> modalities = ours.stream().filter(d -> !OurDevices.isGateway(d) && d.isRemoteMaintenance()).toList();
		if (modalities.isEmpty()) {
			return List.of();
		}
		List<Device> gateways = ours.stream().filter(OurDevices::isGateway).toList();
		List<Reason> against = new ArrayList<>();
		if (gateways.isEmpty()) {
			against.add(reason(Messages.Evaluator_noGateway, modalities, names(modalities)));
		}
		for (Device gateway : gateways) {
			if (gateway.getSourceAddressRestriction() != Availability.YES) {
				against.add(reason(Messages.Evaluator_noRestriction, List.of(gateway), gateway.getName()));
			}
		}
		if (!against.isEmpty()) {
			return List.of(Proposal.all(Answer.NO, against));
		}
		List<Device> looked = new ArrayList<>(modalities);
		looked.addAll(gateways);
		return List.of(Proposal.all(Answer.YES, List.of(reason(Messages.Evaluator_ok, looked, names(modalities)))));
	}

	private static String names(List<Device> devices) {
		return String.join(", ", devices.stream().map(Device::getName).toList()); //$NON-NLS-1$
	}

	/** Both languages at once: the reason goes into a Japanese workbook and an English screen alike. */
	private static Reason reason(String key, List<Device> elements, String argument) {
		return new Reason(NLS.bind(Messages.text(key, Locale.JAPANESE), argument),
				NLS.bind(Messages.text(key, Locale.ENGLISH), argument), List.copyOf(elements));
	}
}
