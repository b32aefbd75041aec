package io.sekisho.firmware.register;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.firmware.register.messages"; //$NON-NLS-1$
	public static String Register_commandLabel;
	public static String Finding_knownExploited;
	public static String Finding_vulnerable;
	public static String Finding_remediation;
	public static String Finding_remediationUnknownFix;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
