package io.sekisho.cli.internal.model;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of the model commands of sekishoc (demo). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.cli.internal.model.messages"; //$NON-NLS-1$

	public static String Model_fileNotFound;
	public static String Demo_badFiscalYear;
	public static String Demo_exists;
	public static String Demo_cannotWrite;
	public static String Demo_written;
	public static String Validate_line;
	public static String Validate_summary;
	public static String Validate_error;
	public static String Validate_warning;
	public static String Validate_info;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
