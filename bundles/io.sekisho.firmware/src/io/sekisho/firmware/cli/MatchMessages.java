package io.sekisho.firmware.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of the lookup, identify and match subcommands. */
final class MatchMessages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.firmware.cli.matchmessages"; //$NON-NLS-1$
	public static String Cli_cannotOpenStore;
	public static String Lookup_cpeOrVendor;
	public static String Lookup_cpeWithoutVersion;
	public static String Lookup_missingVersion;
	public static String Lookup_unknownVendor;
	public static String Lookup_badCpe;
	public static String Lookup_unreadableVersion;
	public static String Identify_cannotRead;
	public static String Match_fileNotFound;
	public static String Match_cannotRead;
	public static String Match_cannotSave;
	public static String Match_saved;
	public static String Match_badDays;
	public static String Match_deviceLine;
	public static String Match_cveLine;
	public static String Match_definitionsLine;
	public static String Match_kev;
	public static String Match_fixedIn;
	public static String Match_affected;
	public static String Match_possible;
	public static String Match_awaitingCna;
	public static String Match_awaitingJvn;
	public static String Severity_critical;
	public static String Severity_high;
	public static String Severity_medium;
	public static String Severity_low;
	public static String Severity_unknown;
	public static String Cli_rebuildingStore;

	static {
		NLS.initializeMessages(BUNDLE_NAME, MatchMessages.class);
	}

	private MatchMessages() {
	}
}
