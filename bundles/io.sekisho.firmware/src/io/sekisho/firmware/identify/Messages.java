package io.sekisho.firmware.identify;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.firmware.identify.messages"; //$NON-NLS-1$
	public static String Identify_empty;
	public static String Identify_tooLong;
	public static String Identify_unknown;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
