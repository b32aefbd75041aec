package io.sekisho.cli.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of io.sekisho.cli. */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.cli.internal.messages"; //$NON-NLS-1$

	public static String Sekishoc_usage;
	public static String Sekishoc_commands;
	public static String Sekishoc_unknownCommand;
	public static String Sekishoc_usageOf;
	public static String Sekishoc_error;
	public static String Sekishoc_internalError;
	public static String Sekishoc_conflicts;
	public static String Sekishoc_brokenCommand;
	public static String Help_unknownSubcommand;
	public static String Sekishoc_missingSubcommand;
	public static String Sekishoc_helpHint;
	public static String Sekishoc_notACommand;
	public static String Usage_unknownOption;
	public static String Usage_unexpectedArgument;
	public static String Usage_missingValue;
	public static String Usage_missingOption;
	public static String Usage_missingParameter;
	public static String Usage_repeated;
	public static String Usage_notANumber;
	public static String Usage_invalidValue;
	public static String Usage_other;
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
