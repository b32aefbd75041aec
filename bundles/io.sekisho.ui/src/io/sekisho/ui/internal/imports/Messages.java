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
	public static String ImportDevices_windowTitle;
	public static String ImportDevices_title;
	public static String ImportDevices_message;
	public static String ImportDevices_file;
	public static String ImportDevices_mapping;
	public static String ImportDevices_source;
	public static String ImportDevices_skip;
	public static String ImportDevices_row;
	public static String ImportDevices_name;
	public static String ImportDevices_action;
	public static String ImportDevices_problems;
	public static String ImportDevices_filter;
	public static String ImportDevices_allFiles;
	public static String ImportDevices_summary;
	public static String ImportDevices_blocked;
	public static String ImportDevices_add;
	public static String ImportDevices_update;
	public static String ImportDevices_unchanged;
	public static String ImportDevices_error;
	public static String ImportDevices_noEditor;
	public static String ImportDevices_noName;
	public static String ImportDevices_noNameColumn;
	public static String ImportDevices_duplicate;
	public static String ImportDevices_badIp;
	public static String ImportDevices_cellProblem;
	public static String ImportDevices_command;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
