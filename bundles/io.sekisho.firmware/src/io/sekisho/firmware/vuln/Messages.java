package io.sekisho.firmware.vuln;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the vulnerability data: source names and the age of the data. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.firmware.vuln.messages"; //$NON-NLS-1$

	public static String Status_stale;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
