package io.sekisho.ui.internal.dashboard;

/** The dashboard's texts that the overview page shows around it. */
public final class DashboardTexts {

	private DashboardTexts() {
	}

	public static String details() {
		return Messages.Dashboard_details;
	}

	public static String detailsHint() {
		return Messages.Dashboard_detailsHint;
	}
}
