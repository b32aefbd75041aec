package io.sekisho.ui.internal.imports;

import org.eclipse.osgi.util.NLS;

/** Texts of File > インポート > 施設ファイル. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.ui.internal.imports.messages"; //$NON-NLS-1$

	public static String ImportFacility_windowTitle;
	public static String ImportFacility_title;
	public static String ImportFacility_message;
	public static String ImportFacility_file;
	public static String ImportFacility_browse;
	public static String ImportFacility_filter;
	public static String ImportFacility_facility;
	public static String ImportFacility_project;
	public static String ImportFacility_noFile;
	public static String ImportFacility_notFound;
	public static String ImportFacility_unreadable;
	public static String ImportFacility_projectEmpty;
	public static String ImportFacility_projectExists;
	public static String ImportFacility_copying;
	public static String ImportFacility_unchanged;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
