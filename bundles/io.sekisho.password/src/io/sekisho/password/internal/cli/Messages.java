package io.sekisho.password.internal.cli;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of sekishoc passwords. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.password.internal.cli.messages"; //$NON-NLS-1$

	public static String Assess_badLine;
	public static String Assess_notSaved;
	public static String Assess_unknownAccount;
	public static String Facility_unwritable;
	public static String Check_inputFailed;
	public static String Check_lineLabel;
	public static String Check_lineTooLong;
	public static String Check_noArguments;
	public static String Facility_notFound;
	public static String Facility_unreadable;
	public static String Import_done;
	public static String Import_noInput;
	public static String Import_progress;
	public static String Options_badNumber;
	public static String Vault_copies;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
