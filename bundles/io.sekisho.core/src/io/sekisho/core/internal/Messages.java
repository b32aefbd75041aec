package io.sekisho.core.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of io.sekisho.core (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.core.internal.messages"; //$NON-NLS-1$

	public static String FiscalYear_label;
	public static String FiscalYear_reiwaLabel;
	public static String FiscalYear_firstYear;
	public static String Date_unknownForm;
	public static String Date_noSuchDay;
	public static String Checks_cannotCreate;
	public static String Checks_failed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
