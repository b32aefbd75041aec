package io.sekisho.model.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of io.sekisho.model (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.model.internal.messages"; //$NON-NLS-1$

	public static String Load_error;
	public static String Load_errorAt;
	public static String Load_unknownNamespace;
	public static String Load_notAFacilityFile;
	public static String Load_badSchemaVersion;
	public static String Load_newerSchema;
	public static String Load_noMigration;
	public static String Load_noWorkbook;
	public static String Load_illegalValue;
	public static String Load_externalReference;
	public static String Load_crossDocumentReference;
	public static String Load_doctype;
	public static String Load_tooLarge;
	public static String Load_notAFile;
	public static String Load_fileNotFound;
	public static String Load_accessDenied;
	public static String Save_fileChanged;
	public static String Save_fileDeleted;
	public static String Save_conflictCopy;
	public static String Save_writeFailed;
	public static String Lock_held;
	public static String Save_refusedAfterFailedLoad;
	public static String Validation_saltTooShort;
	public static String Validation_deviceNameMissing;
	public static String Validation_deviceNameDuplicate;
	public static String Validation_ipInvalid;
	public static String Validation_macInvalid;
	public static String Validation_vpnSourceRestrictionUnknown;
	public static String Validation_vpnLoggingUnknown;
	public static String Validation_endOfSupportPassed;
	public static String Validation_connectionSourceRestrictionUnknown;
	public static String Validation_connectionLoggingUnknown;
	public static String Validation_activeAccountOnDecommissioned;
	public static String Validation_answerWithoutDate;
	public static String Validation_noWithoutTargetDate;
	public static String Validation_targetDateOutsideFiscalYear;
	public static String Validation_linkIncomplete;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
