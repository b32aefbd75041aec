package io.sekisho.vendors.internal;

import org.eclipse.osgi.util.NLS;

public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.vendors.internal.messages"; //$NON-NLS-1$

	public static String Install_noDirector;
	public static String Install_noInstallArea;
	public static String Install_notARepository;
	public static String Install_unreadableContent;
	public static String Install_failed;
	public static String Install_contentTooLarge;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
