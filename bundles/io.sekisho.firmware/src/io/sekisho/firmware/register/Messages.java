package io.sekisho.firmware.register;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.firmware.register.messages"; //$NON-NLS-1$
	public static String Register_commandLabel;
	public static String Finding_knownExploited;
	public static String Finding_vulnerable;
	public static String Finding_remediation;
	public static String Finding_remediationUnknownFix;
	public static String Status_UNKNOWN;
	public static String Status_CURRENT;
	public static String Status_UPDATE_AVAILABLE;
	public static String Status_VULNERABLE;
	public static String Status_END_OF_SUPPORT;
	public static String Status_KNOWN_EXPLOITED;
	public static String Status_AWAITING_ANALYSIS;
	public static String Status_CHECK_MANUALLY;
	public static String Status_PRODUCT_UNKNOWN;
	public static String Match_AFFECTED;
	public static String Match_POSSIBLE;
	public static String Match_AWAITING;
	public static String Severity_INFO;
	public static String Severity_LOW;
	public static String Severity_MEDIUM;
	public static String Severity_HIGH;
	public static String Severity_CRITICAL;
	public static String Meaning_CURRENT;
	public static String Meaning_VULNERABLE;
	public static String Meaning_KNOWN_EXPLOITED;
	public static String Meaning_AWAITING_ANALYSIS;
	public static String Meaning_CHECK_MANUALLY;
	public static String Meaning_PRODUCT_UNKNOWN;
	public static String Meaning_END_OF_SUPPORT;
	public static String Security_stale;
	public static String Check_status;
	public static String Check_statusWithIds;
	public static String Check_moreIds;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
