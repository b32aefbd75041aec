package io.sekisho.netmap.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of io.sekisho.netmap (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.netmap.internal.messages"; //$NON-NLS-1$

	public static String Analysis_task;
	public static String Analysis_ruleFailed;
	public static String Rules_noId;
	public static String Rules_duplicate;
	public static String Rules_cannotCreate;
	public static String Rules_noZone;
	// the rules' messages are in internal/rules/rules*.properties, read by RuleTexts in the language the analysis asks for
	public static String Cli_fileNotFound;
	public static String Cli_analyzeSummary;
	public static String Layout_task;
	public static String Render_external;
	public static String Render_trustUnknown;
	public static String Render_trustHigh;
	public static String Render_trustMedium;
	public static String Render_trustLow;
	public static String Render_trustUntrusted;
	public static String Render_titleSeparator;
	public static String Drawio_tooLarge;
	public static String Drawio_error;
	public static String Drawio_doctype;
	public static String Drawio_tooManyCells;
	public static String Drawio_decodedTooLarge;
	public static String Drawio_notADiagram;
	public static String Drawio_morePages;
	public static String Drawio_syntax;
	public static String Drawio_badBase64;
	public static String Drawio_badDeflate;
	public static String Drawio_pageName;
	public static String Import_unnamedZone;
	public static String Import_internet;
	public static String Import_unknownShape;
	public static String Import_noShape;
	public static String Import_unnamedDevice;
	public static String Import_danglingEdge;
	public static String Import_zoneToZone;
	public static String Import_addZone;
	public static String Import_addDevice;
	public static String Import_matched;
	public static String Import_addLink;
	public static String Import_commandLabel;
	public static String Import_connector;
	public static String Import_unnamedConnector;
	public static String Category_SERVER;
	public static String Category_CLIENT_PC;
	public static String Category_NETWORK_DEVICE;
	public static String Category_MEDICAL_DEVICE;
	public static String Category_IOT;
	public static String Category_PRINTER;
	public static String Category_STORAGE;
	public static String Category_OTHER;
	public static String Cli_importSummary;
	public static String Cli_dryRun;
	public static String Cli_nothingToImport;
	public static String Cli_badFormat;
	public static String Cli_exported;
	public static String Cli_cannotWrite;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
