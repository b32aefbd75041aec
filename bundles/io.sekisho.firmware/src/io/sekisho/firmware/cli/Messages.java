package io.sekisho.firmware.cli;

import org.eclipse.osgi.util.NLS;

/** Texts of sekishoc firmware. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.firmware.cli.messages"; //$NON-NLS-1$

	public static String Import_fileNotFound;
	public static String Import_metaSkipped;
	public static String Import_reading;
	public static String Import_replaying;
	public static String Import_progress;
	public static String Import_fileResult;
	public static String Import_done;
	public static String Import_rebuilt;
	public static String Import_unchanged;
	public static String Import_failed;
	public static String Status_store;
	public static String Status_noImport;
	public static String Status_snapshot;
	public static String Status_noSnapshot;
	public static String Status_date;
	public static String Status_nvd;
	public static String Status_kev;
	public static String Status_jvn;
	public static String Status_stale;
	public static String Format_nvd;
	public static String Format_nvdRecord;
	public static String Format_kev;
	public static String Format_jvnRdf;
	public static String Format_jvnVuldef;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
