package io.sekisho.netmap.internal.evidence;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ConnectionPurpose;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Identified;
import io.sekisho.model.facility.Zone;
import io.sekisho.netmap.analysis.AnalysisReport;
import io.sekisho.netmap.analysis.Names;
import io.sekisho.netmap.analysis.NetworkAnalysis;
import io.sekisho.netmap.analysis.RuleResult;

/** The network map's analysis as checklist evidence: reasons in Japanese and English with the elements named. */
final class MapEvidence {

	private final AnalysisReport report;

	MapEvidence(FacilityWorkbook workbook) {
		this.report = NetworkAnalysis.fromPlatform().run(workbook);
	}

	private static String text(Locale locale, String key, Object... args) {
		ResourceBundle bundle = ResourceBundle.getBundle("io.sekisho.netmap.internal.evidence.evidence", locale, MapEvidence.class.getClassLoader()); //$NON-NLS-1$
		return MessageFormat.format(bundle.getString(key), args);
	}

	private static Reason reason(List<? extends EObject> elements, String key, Object... args) {
		return new Reason(text(Locale.JAPANESE, key, args), text(Locale.ENGLISH, key, args), List.copyOf(elements));
	}

	/** Paths from a remote-maintenance connection or a vendor's network into the EHR or medical-device zone. */
	List<Reason> maintenancePaths() {
		List<Reason> reasons = new ArrayList<>();
		for (RuleResult r : report.of("NM-PATH")) { //$NON-NLS-1$
			Identified start = r.elements().get(0);
			boolean maintenance = start instanceof ExternalConnection c && (c.getPurpose() == ConnectionPurpose.REMOTE_MAINTENANCE || c.getCounterpart() != null)
					|| r.elements().stream().anyMatch(e -> e instanceof Device d && d.isRemoteMaintenance());
			if (maintenance) {
				Identified last = r.elements().get(r.elements().size() - 1);
				Zone zone = last instanceof Device d ? d.getZone() : null;
				List<String> hops = r.elements().stream().map(Names::of).toList();
				reasons.add(reason(r.elements(), "path", Names.of(start), zone == null ? "" : zone.getName(), String.join(" → ", hops))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			}
		}
		return reasons;
	}

	/** VPN and remote-maintenance endpoints without a source restriction. */
	List<Reason> exposedEndpoints() {
		List<Reason> reasons = new ArrayList<>();
		for (RuleResult r : report.of("NM-VPN")) { //$NON-NLS-1$
			reasons.add(reason(r.elements(), "vpn", Names.of(r.elements().get(0)))); //$NON-NLS-1$
		}
		return reasons;
	}

	/** External connections whose source restriction is not on record or absent. */
	List<Reason> connectionsWithoutSourceRestriction() {
		List<Reason> reasons = new ArrayList<>();
		for (RuleResult r : report.of("NM-CONN")) { //$NON-NLS-1$
			if (r.elements().get(0) instanceof ExternalConnection c
					&& (c.getSourceRestriction() == Availability.NO || c.getSourceRestriction() == Availability.UNKNOWN)) {
				reasons.add(reason(List.of(c), "connection", c.getName())); //$NON-NLS-1$
			}
		}
		return reasons;
	}
}
