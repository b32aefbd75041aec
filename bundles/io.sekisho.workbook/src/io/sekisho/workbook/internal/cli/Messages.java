package io.sekisho.workbook.internal.cli;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of sekishoc workbook. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.workbook.internal.cli.messages"; //$NON-NLS-1$

	public static String Workbook_noSuchFile;
	public static String Workbook_unknownEdition;
	public static String Workbook_noEditions;
	public static String Workbook_warning;
	public static String Export_badLanguage;
	public static String Export_failed;
	public static String Export_written;
	public static String Export_writtenEncrypted;
	public static String Import_change;
	public static String Import_problem;
	public static String Import_rejected;
	public static String Import_noChanges;
	public static String Import_dryRun;
	public static String Import_cannotSave;
	public static String Import_saved;
	public static String Import_empty;
	public static String Import_conflict;
	public static String Import_conflictsOpen;
	public static String Import_kept;
	public static String Import_keptSummary;
	public static String Import_bothSides;
	public static String Import_resolved;
	public static String Import_sideTheirs;
	public static String Import_sideOurs;
	public static String Field_round1;
	public static String Field_round1Date;
	public static String Field_round2;
	public static String Field_round2Date;
	public static String Field_target;
	public static String Field_remarks;
	public static String Password_prompt;
	public static String Password_again;
	public static String Password_promptOpen;
	public static String Password_none;
	public static String Password_mismatch;
	public static String Password_tooLong;
	public static String Password_rejected;
	public static String Field_confirmationDate;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
