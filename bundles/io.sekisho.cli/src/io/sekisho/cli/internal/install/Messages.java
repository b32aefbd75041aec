package io.sekisho.cli.internal.install;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of sekishoc vendors (messages.properties, messages_ja.properties). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.cli.internal.install.messages"; //$NON-NLS-1$

	public static String Install_running;
	public static String Install_removing;
	public static String Install_restart;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
