package io.sekisho.firmware.vuln.store;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the store. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.firmware.vuln.store.messages"; //$NON-NLS-1$

	public static String Store_busy;
	public static String Store_writeFailed;
	public static String Store_openFailed;
	public static String Store_keptFeedMissing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
