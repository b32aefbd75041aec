package io.sekisho.checklist.internal;

import org.eclipse.osgi.util.NLS;

/** User-visible texts of io.sekisho.checklist (messages.properties, messages_ja.properties). */
public final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.checklist.internal.messages"; //$NON-NLS-1$

	public static String Edition_unreadable;
	public static String Edition_syntax;
	public static String Edition_noEditionRoot;
	public static String Edition_invalid;
	public static String Edition_badFiscalYear;
	public static String Edition_duplicateForm;
	public static String Edition_duplicateItem;
	public static String Edition_unknownForm;
	public static String Edition_itemWithoutForm;
	public static String Edition_mappingTarget;
	public static String Edition_mappingTwice;
	public static String Edition_mappingWithoutPredecessor;
	public static String Edition_placeItem;
	public static String Edition_placeSection;
	public static String Edition_placeMapping;
	public static String Edition_placeEdition;
	public static String Edition_fileNotFound;
	public static String Edition_duplicateId;
	public static String Edition_predecessorMissing;
	public static String Edition_mappingSource;
	public static String Evaluator_cannotCreate;
	public static String Evaluator_failed;
	public static String Assessment_exists;
	public static String Assessment_vendorExists;
	public static String Edition_markerInText;
	public static String Editions_numberUnknown;
	public static String CarryOver_outOfScopeOnFacilityForm;
	public static String Answer_outOfScope;
	public static String Warning_outOfScopeNotOffered;
	public static String Responsibility_facility;
	public static String CarryOver_notSuccessor;
	public static String CarryOver_notMapped;
	public static String CarryOver_columnMissing;
	public static String CarryOver_columnsDisagree;
	public static String CarryOver_targetDateDropped;
	public static String CarryOver_newItem;
	public static String Answer_yes;
	public static String Answer_no;
	public static String Answer_notApplicable;
	public static String Answer_unanswered;
	public static String Warning_unknownEdition;
	public static String Warning_unknownItem;
	public static String Warning_targetDateOutsideYear;
	public static String Warning_contradictedYes;
	public static String Warning_answerWithoutDate;
	// uitext: the device columns by name
	public static String Column_general;
	public static String Column_server;
	public static String Column_clientPc;
	public static String Column_networkDevice;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
