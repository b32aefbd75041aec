package io.sekisho.ui.internal.help;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.ui.internal.help.messages"; //$NON-NLS-1$

	public static String Guide_title;
	public static String Guide_noBrowser;
	public static String Guide_missing;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
