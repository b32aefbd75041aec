package io.sekisho.model.validation;

import java.time.LocalDate;
import java.time.Month;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

import org.eclipse.emf.common.util.BasicDiagnostic;
import org.eclipse.emf.common.util.Diagnostic;
import org.eclipse.emf.common.util.DiagnosticChain;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EObjectValidator;
import org.eclipse.osgi.util.NLS;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceStatus;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityPackage.Literals;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Link;
import io.sekisho.model.facility.NetworkDeviceType;
import io.sekisho.model.internal.Messages;

/**
 * The constraints users care about, beyond the structural ones of EMF. Each problem is a {@link Diagnostic} with
 * source {@link #DIAGNOSTIC_SOURCE}, a code from {@link ValidationCodes}, a message in the user's language and the
 * element (and feature) as data.
 */
public class WorkbookValidator extends EObjectValidator {

	public static final String DIAGNOSTIC_SOURCE = "io.sekisho.model"; //$NON-NLS-1$

	/** Minimum length of the per-facility fingerprint salt (128 bits). */
	static final int MIN_SALT_BYTES = 16;

	private static final Object DEVICE_NAME_COUNTS = new Object();

	@Override
	public boolean validate(EClass eClass, EObject eObject, DiagnosticChain diagnostics, Map<Object, Object> context) {
		boolean valid = super.validate(eClass, eObject, diagnostics, context);
		Problems problems = new Problems(eObject, diagnostics);
		switch (eObject) {
		case FacilityWorkbook workbook -> validateWorkbook(workbook, problems);
		case Device device -> validateDevice(device, problems, context);
		case ExternalConnection connection -> validateConnection(connection, problems);
		case Account account -> validateAccount(account, problems);
		case ChecklistAnswer answer -> validateAnswer(answer, problems);
		case Link link -> validateLink(link, problems);
		default -> {
			// the other classes have only structural constraints
		}
		}
		return valid && !problems.anyError;
	}

	private static void validateWorkbook(FacilityWorkbook workbook, Problems problems) {
		byte[] salt = workbook.getFingerprintSalt();
		if (salt == null || salt.length < MIN_SALT_BYTES) {
			problems.error(ValidationCodes.SALT_TOO_SHORT, Literals.FACILITY_WORKBOOK__FINGERPRINT_SALT,
					NLS.bind(Messages.Validation_saltTooShort, MIN_SALT_BYTES));
		}
	}

	private static void validateDevice(Device device, Problems problems, Map<Object, Object> context) {
		String name = device.getName();
		if (name == null || name.isBlank()) {
			problems.error(ValidationCodes.DEVICE_NAME_MISSING, Literals.NAMED__NAME, Messages.Validation_deviceNameMissing);
		} else if (deviceNameCounts(device, context).getOrDefault(normalize(name), 0) > 1) {
			problems.error(ValidationCodes.DEVICE_NAME_DUPLICATE, Literals.NAMED__NAME, NLS.bind(Messages.Validation_deviceNameDuplicate, name));
		}
		for (String ip : device.getIpAddresses()) {
			if (!AddressFormats.isIpAddress(ip)) {
				problems.error(ValidationCodes.IP_ADDRESS_INVALID, Literals.DEVICE__IP_ADDRESSES, NLS.bind(Messages.Validation_ipInvalid, ip));
			}
		}
		for (String mac : device.getMacAddresses()) {
			if (!AddressFormats.isMacAddress(mac)) {
				problems.error(ValidationCodes.MAC_ADDRESS_INVALID, Literals.DEVICE__MAC_ADDRESSES, NLS.bind(Messages.Validation_macInvalid, mac));
			}
		}
		if (device.getEndOfSupport() != null && device.getStatus() != DeviceStatus.DECOMMISSIONED
				&& device.getEndOfSupport().isBefore(java.time.LocalDate.now())) {
			// the device catalog fills the date when a model is picked; a vendor's catalog brings its products' dates
			problems.warning(ValidationCodes.END_OF_SUPPORT_PASSED, Literals.DEVICE__END_OF_SUPPORT,
					NLS.bind(Messages.Validation_endOfSupportPassed, device.getEndOfSupport()));
		}
		if (device.getNetworkType() == NetworkDeviceType.VPN_GATEWAY && device.getStatus() != DeviceStatus.DECOMMISSIONED) {
			if (device.getSourceAddressRestriction() == Availability.UNKNOWN) {
				problems.warning(ValidationCodes.VPN_SOURCE_RESTRICTION_UNKNOWN, Literals.DEVICE__SOURCE_ADDRESS_RESTRICTION,
						Messages.Validation_vpnSourceRestrictionUnknown);
			}
			if (device.getLogSettings() == null || device.getLogSettings().getEnabled() == Availability.UNKNOWN) {
				problems.warning(ValidationCodes.VPN_LOGGING_UNKNOWN, Literals.DEVICE__LOG_SETTINGS, Messages.Validation_vpnLoggingUnknown);
			}
		}
	}

	/** Counts device names of the whole workbook once per validation run, not once per device. */
	@SuppressWarnings("unchecked")
	private static Map<String, Integer> deviceNameCounts(Device device, Map<Object, Object> context) {
		if (!(device.eContainer() instanceof FacilityWorkbook workbook)) {
			return Map.of();
		}
		Map<Object, Object> cache = context != null ? context : new HashMap<>();
		Map<FacilityWorkbook, Map<String, Integer>> all = (Map<FacilityWorkbook, Map<String, Integer>>) cache.computeIfAbsent(DEVICE_NAME_COUNTS,
				k -> new HashMap<>());
		return all.computeIfAbsent(workbook, wb -> {
			Map<String, Integer> counts = new HashMap<>();
			for (Device d : wb.getDevices()) {
				if (d.getName() != null && !d.getName().isBlank()) {
					counts.merge(normalize(d.getName()), 1, Integer::sum);
				}
			}
			return counts;
		});
	}

	/** Names differing only in case or surrounding blanks are the same device to people reading a list. */
	private static String normalize(String name) {
		return name.strip().toLowerCase(Locale.ROOT);
	}

	private static void validateConnection(ExternalConnection connection, Problems problems) {
		if (connection.getSourceRestriction() == Availability.UNKNOWN) {
			problems.warning(ValidationCodes.CONNECTION_SOURCE_RESTRICTION_UNKNOWN, Literals.EXTERNAL_CONNECTION__SOURCE_RESTRICTION,
					Messages.Validation_connectionSourceRestrictionUnknown);
		}
		if (connection.getLogging() == Availability.UNKNOWN) {
			problems.warning(ValidationCodes.CONNECTION_LOGGING_UNKNOWN, Literals.EXTERNAL_CONNECTION__LOGGING,
					Messages.Validation_connectionLoggingUnknown);
		}
	}

	private static void validateAccount(Account account, Problems problems) {
		Device device = account.getDevice();
		if (account.getStatus() == AccountStatus.ACTIVE && device != null && device.getStatus() == DeviceStatus.DECOMMISSIONED) {
			problems.error(ValidationCodes.ACTIVE_ACCOUNT_ON_DECOMMISSIONED_DEVICE, Literals.ACCOUNT__STATUS,
					NLS.bind(Messages.Validation_activeAccountOnDecommissioned, account.getUserName(), device.getName()));
		}
	}

	private static void validateAnswer(ChecklistAnswer answer, Problems problems) {
		if (answer.getRound1() != Answer.UNANSWERED && answer.getRound1Date() == null) {
			problems.warning(ValidationCodes.ANSWER_WITHOUT_DATE, Literals.CHECKLIST_ANSWER__ROUND1_DATE, NLS.bind(Messages.Validation_answerWithoutDate, 1));
		}
		if (answer.getRound2() != Answer.UNANSWERED && answer.getRound2Date() == null) {
			problems.warning(ValidationCodes.ANSWER_WITHOUT_DATE, Literals.CHECKLIST_ANSWER__ROUND2_DATE, NLS.bind(Messages.Validation_answerWithoutDate, 2));
		}
		// the later round is the current answer: a いいえ in round 1 answered はい in round 2 needs no target any more
		Answer current = answer.getRound2() != Answer.UNANSWERED ? answer.getRound2() : answer.getRound1();
		LocalDate target = answer.getTargetDate();
		if (current == Answer.NO && target == null) {
			problems.error(ValidationCodes.NO_WITHOUT_TARGET_DATE, Literals.CHECKLIST_ANSWER__TARGET_DATE, Messages.Validation_noWithoutTargetDate);
		}
		if (target != null && answer.eContainer() instanceof ChecklistAssessment assessment && assessment.getFiscalYear() > 0
				&& !inFiscalYear(target, assessment.getFiscalYear())) {
			problems.error(ValidationCodes.TARGET_DATE_OUTSIDE_FISCAL_YEAR, Literals.CHECKLIST_ANSWER__TARGET_DATE,
					NLS.bind(Messages.Validation_targetDateOutsideFiscalYear, new Object[] { target, assessment.getFiscalYear(),
							LocalDate.of(assessment.getFiscalYear(), Month.APRIL, 1), LocalDate.of(assessment.getFiscalYear() + 1, Month.MARCH, 31) }));
		}
	}

	/** Japanese fiscal year: April 1 to March 31 (io.sekisho.core.time.FiscalYear sits above this bundle). */
	static boolean inFiscalYear(LocalDate date, int fiscalYear) {
		return !date.isBefore(LocalDate.of(fiscalYear, Month.APRIL, 1)) && !date.isAfter(LocalDate.of(fiscalYear + 1, Month.MARCH, 31));
	}

	private static void validateLink(Link link, Problems problems) {
		if (link.getSource() == null || (link.getTargetDevice() == null && link.getTargetZone() == null)) {
			problems.error(ValidationCodes.LINK_INCOMPLETE, Literals.LINK__SOURCE, Messages.Validation_linkIncomplete);
		}
	}

	/** Collects the problems of one element. */
	private static final class Problems {
		private final EObject subject;
		private final DiagnosticChain diagnostics;
		boolean anyError;

		Problems(EObject subject, DiagnosticChain diagnostics) {
			this.subject = subject;
			this.diagnostics = diagnostics;
		}

		void error(int code, EStructuralFeature feature, String message) {
			anyError = true;
			add(Diagnostic.ERROR, code, feature, message);
		}

		void warning(int code, EStructuralFeature feature, String message) {
			add(Diagnostic.WARNING, code, feature, message);
		}

		private void add(int severity, int code, EStructuralFeature feature, String message) {
			if (diagnostics != null) {
				diagnostics.add(new BasicDiagnostic(severity, DIAGNOSTIC_SOURCE, code, message, new Object[] { subject, feature }));
			}
		}
	}
}
