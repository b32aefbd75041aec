package io.sekisho.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.InstanceScope;
import org.eclipse.jface.preference.IPreferenceStore;
import org.eclipse.ui.preferences.ScopedPreferenceStore;

/** The rich client's preferences (Window > Preferences > Sekisho), kept per workspace. */
public final class SekishoPreferences {

	public static final String QUALIFIER = "io.sekisho.ui"; //$NON-NLS-1$
	/** Password profile the Accounts page checks against, e.g. mhlw-2024. */
	public static final String PASSWORD_PROFILE = "passwordProfile"; //$NON-NLS-1$
	/** Language of exported workbooks: ja or en. */
	public static final String WORKBOOK_LANGUAGE = "workbookLanguage"; //$NON-NLS-1$
	/** The integrator's own organization, written on the workbook cover. */
	public static final String INTEGRATOR = "integrator"; //$NON-NLS-1$

	private static IPreferenceStore store;

	private SekishoPreferences() {
	}

	public static synchronized IPreferenceStore store() {
		if (store == null) {
			store = new ScopedPreferenceStore(InstanceScope.INSTANCE, QUALIFIER);
		}
		return store;
	}

	public static String passwordProfile() {
		return store().getString(PASSWORD_PROFILE);
	}

	public static String workbookLanguage() {
		return store().getString(WORKBOOK_LANGUAGE);
	}

	public static String integrator() {
		return store().getString(INTEGRATOR);
	}
}
