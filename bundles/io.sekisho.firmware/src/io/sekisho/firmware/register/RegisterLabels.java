package io.sekisho.firmware.register;

import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Severity;
import io.sekisho.model.facility.VulnerabilityMatch;

/** Labels of the register's codes in the user's language, for the command line and the workbook. */
public final class RegisterLabels {

	private RegisterLabels() {
	}

	public static String of(FirmwareStatus status) {
		return switch (status) {
		case UNKNOWN -> Messages.Status_UNKNOWN;
		case CURRENT -> Messages.Status_CURRENT;
		case UPDATE_AVAILABLE -> Messages.Status_UPDATE_AVAILABLE;
		case VULNERABLE -> Messages.Status_VULNERABLE;
		case END_OF_SUPPORT -> Messages.Status_END_OF_SUPPORT;
		case KNOWN_EXPLOITED -> Messages.Status_KNOWN_EXPLOITED;
		case AWAITING_ANALYSIS -> Messages.Status_AWAITING_ANALYSIS;
		case CHECK_MANUALLY -> Messages.Status_CHECK_MANUALLY;
		case PRODUCT_UNKNOWN -> Messages.Status_PRODUCT_UNKNOWN;
		};
	}

	public static String of(VulnerabilityMatch match) {
		return switch (match) {
		case AFFECTED -> Messages.Match_AFFECTED;
		case POSSIBLE -> Messages.Match_POSSIBLE;
		case AWAITING -> Messages.Match_AWAITING;
		};
	}

	public static String of(Severity severity) {
		return switch (severity) {
		case INFO -> Messages.Severity_INFO;
		case LOW -> Messages.Severity_LOW;
		case MEDIUM -> Messages.Severity_MEDIUM;
		case HIGH -> Messages.Severity_HIGH;
		case CRITICAL -> Messages.Severity_CRITICAL;
		};
	}

	/** @return what a status means, one sentence (README and the rich client's legend say the same) */
	public static String meaning(FirmwareStatus status) {
		return switch (status) {
		case CURRENT -> Messages.Meaning_CURRENT;
		case VULNERABLE -> Messages.Meaning_VULNERABLE;
		case KNOWN_EXPLOITED -> Messages.Meaning_KNOWN_EXPLOITED;
		case AWAITING_ANALYSIS -> Messages.Meaning_AWAITING_ANALYSIS;
		case CHECK_MANUALLY -> Messages.Meaning_CHECK_MANUALLY;
		case PRODUCT_UNKNOWN -> Messages.Meaning_PRODUCT_UNKNOWN;
		case END_OF_SUPPORT -> Messages.Meaning_END_OF_SUPPORT;
		default -> of(status);
		};
	}

	/** @return 定義ファイルが古い / Definition files out of date */
	public static String staleDefinitions() {
		return Messages.Security_stale;
	}
}
