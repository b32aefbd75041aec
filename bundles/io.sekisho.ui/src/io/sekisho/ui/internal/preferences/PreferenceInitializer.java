package io.sekisho.ui.internal.preferences;

import org.eclipse.core.runtime.preferences.AbstractPreferenceInitializer;
import org.eclipse.jface.preference.IPreferenceStore;

import io.sekisho.password.PasswordCatalog;

/** Defaults: the MHLW 2024 password profile, Japanese workbooks, no integrator name yet. */
public final class PreferenceInitializer extends AbstractPreferenceInitializer {

	@Override
	public void initializeDefaultPreferences() {
		IPreferenceStore store = SekishoPreferences.store();
		store.setDefault(SekishoPreferences.PASSWORD_PROFILE, PasswordCatalog.DEFAULT_PROFILE);
		store.setDefault(SekishoPreferences.WORKBOOK_LANGUAGE, "ja"); //$NON-NLS-1$
		store.setDefault(SekishoPreferences.INTEGRATOR, ""); //$NON-NLS-1$
	}
}
