package io.sekisho.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of io.sekisho.cli. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.cli.internal.messages"; //$NON-NLS-1$

	public static String Sekishoc_usage;
	public static String Sekishoc_commands;
	public static String Sekishoc_unknownCommand;
	public static String Sekishoc_unexpectedArgument;
	public static String Sekishoc_usageOf;
	public static String Sekishoc_error;
	public static String Sekishoc_internalError;
	public static String Sekishoc_conflicts;
	public static String Help_tooManyArguments;
	public static String Version_line;
	public static String Version_java;
	public static String Files_lockedHint;
	public static String Files_cannotSave;
	public static String Sekishoc_fatalError;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
