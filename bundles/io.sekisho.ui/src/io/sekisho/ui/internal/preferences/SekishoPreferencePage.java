package io.sekisho.ui.internal.preferences;

import org.eclipse.jface.preference.ComboFieldEditor;
import org.eclipse.jface.preference.FieldEditorPreferencePage;
import org.eclipse.jface.preference.StringFieldEditor;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.IWorkbenchPreferencePage;

import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.PasswordProfile;
import io.sekisho.ui.internal.Messages;

/** Window > Preferences > Sekisho: default password profile, workbook language, the integrator's organization. */
public final class SekishoPreferencePage extends FieldEditorPreferencePage implements IWorkbenchPreferencePage {

	public SekishoPreferencePage() {
		super(GRID);
		setPreferenceStore(SekishoPreferences.store());
		setDescription(Messages.Preferences_description);
	}

	@Override
	public void init(IWorkbench workbench) {
		// nothing to prepare: the store is set in the constructor
	}

	@Override
	protected void createFieldEditors() {
		addField(new ComboFieldEditor(SekishoPreferences.PASSWORD_PROFILE, Messages.Preferences_passwordProfile, profiles(),
				getFieldEditorParent()));
		addField(new ComboFieldEditor(SekishoPreferences.WORKBOOK_LANGUAGE, Messages.Preferences_workbookLanguage,
				new String[][] { { Messages.Preferences_japanese, "ja" }, { Messages.Preferences_english, "en" } }, //$NON-NLS-1$ //$NON-NLS-2$
				getFieldEditorParent()));
		addField(new StringFieldEditor(SekishoPreferences.INTEGRATOR, Messages.Preferences_integrator, getFieldEditorParent()));
	}

	private static String[][] profiles() {
		return PasswordCatalog.fromPlatform().profiles().stream()
				.map(profile -> new String[] { label(profile), profile.id() }).toArray(String[][]::new);
	}

	private static String label(PasswordProfile profile) {
		return profile.name(java.util.Locale.getDefault()); // by name: the id (mhlw-gl7) is for files and --profile
	}
}
