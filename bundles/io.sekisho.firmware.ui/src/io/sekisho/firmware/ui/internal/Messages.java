package io.sekisho.firmware.ui.internal;

import org.eclipse.osgi.util.NLS;

/** The texts of the firmware page, in Japanese and English ({@code messages*.properties}). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.firmware.ui.internal.messages"; //$NON-NLS-1$

	public static String Page_heading;
	public static String Page_onlyExploited;
	public static String Page_matchNow;
	public static String Page_matchNowTooltip;
	public static String Page_identify;
	public static String Page_identifyTooltip;
	public static String Page_details;
	public static String Page_noSelection;
	public static String Page_matchFailedTitle;
	public static String Page_matchFailed;
	public static String Match_job;
	public static String Match_opening;
	public static String Match_rebuilding;
	public static String Match_devices;
	public static String Page_matching;
	public static String Page_matchCancelled;
	public static String Page_matchStale;
	public static String Page_matchDone;
	public static String Page_matchDoneNoDate;
	public static String Page_selectDevice;
	public static String Page_identifyTitle;
	public static String Column_device;
	public static String Column_model;
	public static String Column_installed;
	public static String Column_fixed;
	public static String Column_status;
	public static String Column_kevDue;
	public static String Column_plan;
	public static String Column_planned;
	public static String Details_device;
	public static String Details_status;
	public static String Details_none;
	public static String Details_cve;
	public static String Details_kev;
	public static String Details_ransomware;
	public static String Details_action;
	public static String Details_fixed;
	public static String Details_jvn;
	public static String Details_summary;
	public static String Identify_message;
	public static String Identify_read;
	public static String Identify_result;
	public static String Identify_unknown;
	public static String Identify_apply;
	public static String Identify_command;
	public static String Page_import;
	public static String Page_importTooltip;
	public static String Import_job;
	public static String Import_progress;
	public static String Import_cancelled;
	public static String Import_failed;
	public static String Import_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
