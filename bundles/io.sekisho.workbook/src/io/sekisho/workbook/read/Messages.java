package io.sekisho.workbook.read;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the workbook reader. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.workbook.read.messages"; //$NON-NLS-1$

	public static String Read_atFile;
	public static String Read_atSheet;
	public static String Read_atCell;
	public static String Read_notFound;
	public static String Read_tooLarge;
	public static String Read_empty;
	public static String Read_notXlsx;
	public static String Read_legacyXls;
	public static String Read_oleNotEncrypted;
	public static String Read_passwordNeeded;
	public static String Read_wrongPassword;
	public static String Read_zipBomb;
	public static String Read_damaged;
	public static String Read_noWorkbook;
	public static String Read_tooManyRows;
	public static String Read_tooManyColumns;
	public static String Read_badXml;
	public static String Read_spinCount;
	public static String Read_partTooLarge;
	public static String Read_tooMuchText;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
