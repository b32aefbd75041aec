package io.sekisho.ui.internal.vendors;

import org.eclipse.osgi.util.NLS;

/** Texts of the "add vendor bundle" dialog and its job. */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.ui.internal.vendors.messages"; //$NON-NLS-1$

	public static String AddVendor_shellTitle;
	public static String AddVendor_title;
	public static String AddVendor_message;
	public static String AddVendor_repository;
	public static String AddVendor_folder;
	public static String AddVendor_zip;
	public static String AddVendor_features;
	public static String AddVendor_feature;
	public static String AddVendor_noFeatureList;
	public static String AddVendor_destination;
	public static String AddVendor_install;
	public static String AddVendor_chooseFolder;
	public static String AddVendor_chooseZip;
	public static String AddVendor_zipFilter;
	public static String AddVendor_job;
	public static String AddVendor_doneTitle;
	public static String AddVendor_doneMessage;
	public static String AddVendor_restartNow;
	public static String AddVendor_restartLater;
	public static String AddVendor_failedTitle;
	public static String AddVendor_notAPath;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
