package io.sekisho.catalog.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of io.sekisho.catalog (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.catalog.internal.messages"; //$NON-NLS-1$

	public static String Catalog_at;
	public static String Catalog_malformed;
	public static String Catalog_unreadable;
	public static String Catalog_doctype;
	public static String Catalog_unexpected;
	public static String Catalog_tooMany;
	public static String Catalog_missingAttribute;
	public static String Catalog_badCpe;
	public static String Catalog_badDate;
	public static String Catalog_badValue;
	public static String Catalog_endOfSupport;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
