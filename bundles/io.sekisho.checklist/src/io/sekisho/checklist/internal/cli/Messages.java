package io.sekisho.checklist.internal.cli;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of sekishoc checklist (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.checklist.internal.cli.messages"; //$NON-NLS-1$

	public static String Checklist_fileNotFound;
	public static String Checklist_cannotRead;
	public static String Checklist_cannotSave;
	public static String Checklist_unknownEdition;
	public static String Checklist_warning;
	public static String Checklist_assessmentHeader;
	public static String Editions_edition;
	public static String Editions_form;
	public static String Status_noAssessment;
	public static String Status_header;
	public static String Status_section;
	public static String Status_answered;
	public static String Status_no;
	public static String Status_noWithoutTarget;
	public static String Status_row;
	public static String Status_total;
	public static String Suggest_newAssessment;
	public static String Suggest_nothing;
	public static String Suggest_line;
	public static String Suggest_open;
	public static String Suggest_recorded;
	public static String Suggest_contradicts;
	public static String Suggest_reason;
	public static String Suggest_written;
	public static String CarryOver_noPredecessor;
	public static String CarryOver_exists;
	public static String CarryOver_moved;
	public static String CarryOver_done;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
