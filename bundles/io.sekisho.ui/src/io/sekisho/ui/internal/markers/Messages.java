package io.sekisho.ui.internal.markers;

import org.eclipse.osgi.util.NLS;

/** Texts of the Problems view's markers (messages.properties, messages_ja.properties beside this class). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.ui.internal.markers.messages"; //$NON-NLS-1$

	public static String Check_job;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
