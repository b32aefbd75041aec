package io.sekisho.workbook.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of io.sekisho.workbook (messages, not workbook content: see WorkbookTexts). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.workbook.internal.messages"; //$NON-NLS-1$

	public static String Registry_noId;
	public static String Registry_duplicate;
	public static String Registry_badOrder;
	public static String Export_contributorFailed;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
