package io.sekisho.workbook.answers;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the answer import. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.workbook.answers.messages"; //$NON-NLS-1$

	public static String Import_notHandover;
	public static String Import_newerFormat;
	public static String Import_otherFacility;
	public static String Import_otherEdition;
	public static String Import_unknownEdition;
	public static String Import_sheetMissing;
	public static String Import_unknownVendor;
	public static String Import_unknownItem;
	public static String Import_wrongColumn;
	public static String Import_columnDropped;
	public static String Import_duplicateKey;
	public static String Import_badAnswer;
	public static String Import_badDate;
	public static String Import_answerDateOutside;
	public static String Import_targetOutside;
	public static String Import_dateWithoutAnswer;
	public static String Import_answerWithoutDate;
	public static String Import_noWithoutTarget;
	public static String Import_tooLong;
	public static String Import_controlCharacter;
	public static String Import_noRows;
	public static String Import_wholeForm;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
