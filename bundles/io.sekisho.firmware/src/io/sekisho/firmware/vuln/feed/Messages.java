package io.sekisho.firmware.vuln.feed;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the feed readers. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.firmware.vuln.feed.messages"; //$NON-NLS-1$

	public static String Feed_atFile;
	public static String Feed_atOffset;
	public static String Feed_atRecord;
	public static String Feed_recordNumber;
	public static String Feed_empty;
	public static String Feed_notAFeed;
	public static String Feed_notJsonOrXml;
	public static String Feed_unknownXml;
	public static String Feed_gzipBomb;
	public static String Feed_tooLarge;
	public static String Feed_truncatedGzip;
	public static String Feed_badGzip;
	public static String Feed_tooDeep;
	public static String Feed_stringTooLong;
	public static String Feed_badJson;
	public static String Feed_badXml;
	public static String Feed_doctype;
	public static String Feed_xmlTextTooLong;
	public static String Feed_missingId;
	public static String Feed_badId;
	public static String Feed_badDate;
	public static String Feed_badNumber;
	public static String Feed_metaMismatch;
	public static String Feed_metaSizeMismatch;
	public static String Feed_readFailed;
	public static String Feed_recordTooLarge;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
