package io.sekisho.ui.internal.dashboard;

import org.eclipse.osgi.util.NLS;

/** Texts of the overview's dashboard (messages.properties, messages_ja.properties). */
final class Messages extends NLS {
	private static final String BUNDLE_NAME = "io.sekisho.ui.internal.dashboard.messages"; //$NON-NLS-1$

	public static String Dashboard_title;
	public static String Dashboard_summary;
	public static String Dashboard_checklist;
	public static String Dashboard_checklistHint;
	public static String Dashboard_checklistNone;
	public static String Dashboard_checklistNoEdition;
	public static String Dashboard_checklistVendorForm;
	public static String Dashboard_checklistSection;
	public static String Dashboard_answered;
	public static String Dashboard_noWithTarget;
	public static String Dashboard_noWithoutTarget;
	public static String Dashboard_unanswered;
	public static String Dashboard_passwords;
	public static String Dashboard_passwordsHint;
	public static String Dashboard_verdictFilter;
	public static String Dashboard_firmware;
	public static String Dashboard_firmwareHint;
	public static String Dashboard_firmwareNone;
	public static String Dashboard_statusFilter;
	public static String Dashboard_knownExploited;
	public static String Dashboard_knownExploitedNone;
	public static String Dashboard_knownExploitedFilter;
	public static String Dashboard_knownExploitedLine;
	public static String Dashboard_findings;
	public static String Dashboard_findingsHint;
	public static String Dashboard_findingsNone;
	public static String Dashboard_severityFilter;
	public static String Dashboard_findingLine;
	public static String Dashboard_findingDue;
	public static String Dashboard_findingNoDue;
	public static String Dashboard_pastDueFindings;
	public static String Dashboard_pastDueFindingsFilter;
	public static String Dashboard_openCount;
	public static String Dashboard_connections;
	public static String Dashboard_connectionsHint;
	public static String Dashboard_connectionsNone;
	public static String Dashboard_connectionLine;
	public static String Dashboard_connectionNoGateway;
	public static String Dashboard_pastDue;
	public static String Dashboard_pastDueHint;
	public static String Dashboard_pastDueNone;
	public static String Dashboard_pastDueAnswer;
	public static String Dashboard_pastDuePlan;
	public static String Dashboard_pastDueFinding;
	public static String Dashboard_pastDuePlansFilter;
	public static String Dashboard_openPage;
	public static String Dashboard_more;
	public static String Dashboard_details;
	public static String Dashboard_detailsHint;
	public static String Dashboard_pastDuePlansLink;
	public static String Dashboard_sectionFilter;

	static {
		NLS.initializeMessages(BUNDLE_NAME, Messages.class);
	}

	private Messages() {
	}
}
