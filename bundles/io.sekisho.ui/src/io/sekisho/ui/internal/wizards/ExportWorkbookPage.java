package io.sekisho.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.preferences.SekishoPreferences;

/** Target file, language, optional encryption with a password typed twice (never kept after the export). */
final class ExportWorkbookPage extends WizardPage {

	private final Path suggestedTarget;
	private Text target;
	private Button japanese;
	private Button english;
	private Button encrypt;
	private Text password;
	private Text confirmation;

	ExportWorkbookPage(Path suggestedTarget) {
		super("export"); //$NON-NLS-1$
		this.suggestedTarget = suggestedTarget;
		setTitle(Messages.Export_title);
		setDescription(Messages.Export_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		new Label(body, SWT.NONE).setText(Messages.Export_target);
		target = new Text(body, SWT.BORDER);
		target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		target.setText(suggestedTarget == null ? "" : suggestedTarget.toString()); //$NON-NLS-1$
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Export_browse);
		new Label(body, SWT.NONE).setText(Messages.Export_language);
		Composite languages = new Composite(body, SWT.NONE);
		languages.setLayout(new GridLayout(2, false));
		languages.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		japanese = new Button(languages, SWT.RADIO);
		japanese.setText(Messages.Preferences_japanese);
		english = new Button(languages, SWT.RADIO);
		english.setText(Messages.Preferences_english);
		boolean en = "en".equals(SekishoPreferences.workbookLanguage()); //$NON-NLS-1$
		japanese.setSelection(!en);
		english.setSelection(en);
		encrypt = new Button(body, SWT.CHECK);
		encrypt.setText(Messages.Export_encrypt);
		encrypt.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		new Label(body, SWT.NONE).setText(Messages.Export_password);
		password = new Text(body, SWT.BORDER | SWT.PASSWORD);
		password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));
		new Label(body, SWT.NONE).setText(Messages.Export_confirm);
		confirmation = new Text(body, SWT.BORDER | SWT.PASSWORD);
		confirmation.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 2, 1));

		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.SAVE);
			dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
			dialog.setOverwrite(true);
			String chosen = dialog.open();
			if (chosen != null) {
				target.setText(chosen.endsWith(".xlsx") ? chosen : chosen + ".xlsx"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		});
		target.addModifyListener(e -> validate());
		encrypt.addListener(SWT.Selection, e -> validate());
		password.addModifyListener(e -> validate());
		confirmation.addModifyListener(e -> validate());
		setControl(body);
		validate();
	}

	private void validate() {
		password.setEnabled(encrypt.getSelection());
		confirmation.setEnabled(encrypt.getSelection());
		String problem = null;
		String path = target.getText().strip();
		if (path.isEmpty()) {
			problem = Messages.Export_targetMissing;
		} else if (!path.toLowerCase(java.util.Locale.ROOT).endsWith(".xlsx")) { //$NON-NLS-1$
			problem = Messages.Export_targetExtension;
		} else if (Path.of(path).toAbsolutePath().getParent() == null || !Files.isDirectory(Path.of(path).toAbsolutePath().getParent())) {
			problem = Messages.Export_targetFolder;
		} else if (encrypt.getSelection()) {
			char[] a = password.getTextChars();
			char[] b = confirmation.getTextChars();
			try {
				if (a.length == 0) {
					problem = Messages.Export_passwordMissing;
				} else if (!Arrays.equals(a, b)) {
					problem = Messages.Export_passwordMismatch;
				}
			} finally {
				Arrays.fill(a, '\0');
				Arrays.fill(b, '\0');
			}
		}
		setErrorMessage(problem);
		setPageComplete(problem == null);
	}

	Path target() {
		return Path.of(target.getText().strip()).toAbsolutePath();
	}

	String language() {
		return english.getSelection() ? "en" : "ja"; //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the password (the caller wipes it), or {@code null} without encryption; the fields are emptied */
	char[] takePassword() {
		if (!encrypt.getSelection()) {
			return null;
		}
		char[] chars = password.getTextChars();
		password.setText(""); //$NON-NLS-1$
		confirmation.setText(""); //$NON-NLS-1$
		return chars;
	}
}
