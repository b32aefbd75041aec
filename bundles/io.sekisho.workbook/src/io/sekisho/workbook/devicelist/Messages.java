package io.sekisho.workbook.devicelist;

import org.eclipse.osgi.util.NLS;

final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.workbook.devicelist.messages"; //$NON-NLS-1$

	public static String DeviceList_tooLarge;
	public static String DeviceList_empty;
	public static String DeviceList_tooManyRows;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
