package io.sekisho.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
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

/**
 * Target file, language, and the password that protects the workbook, typed twice (never kept after the export)
 * and checked with Sekisho's own password check. Protected is the default: the workbook lists the facility's
 * accounts and connections. Writing it without a password is an explicit choice with a warning.
 */
final class ExportWorkbookPage extends WizardPage {

	private final Path suggestedTarget;
	private final Function<char[], List<String>> passwordProblems;
	private Text target;
	private Button japanese;
	private Button english;
	private Button encrypt;
	private Button plain;
	private Text password;
	private Text confirmation;
	/** errors of the facility in the Problems view when the wizard opened: the export is allowed, but warned about */
	private int facilityErrors;

	/**
	 * @param passwordProblems why a password is not accepted (Sekisho's check, with the facility's context words);
	 *            empty when it is
	 */
	ExportWorkbookPage(Path suggestedTarget, Function<char[], List<String>> passwordProblems) {
		super("export"); //$NON-NLS-1$
		this.suggestedTarget = suggestedTarget;
		this.passwordProblems = passwordProblems;
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
		Composite protection = new Composite(body, SWT.NONE);
		protection.setLayout(new GridLayout(1, false));
		protection.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		encrypt = new Button(protection, SWT.RADIO);
		encrypt.setText(Messages.Export_encrypt);
		encrypt.setSelection(true);
		plain = new Button(protection, SWT.RADIO);
		plain.setText(Messages.Export_withoutPassword);
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
		plain.addListener(SWT.Selection, e -> validate());
		password.addModifyListener(e -> validate());
		confirmation.addModifyListener(e -> validate());
		setControl(body);
		validate();
	}

	/** Tells the page how many errors the facility has; shown as a warning above the fields. */
	void setFacilityErrors(int errors) {
		this.facilityErrors = errors;
	}

	private String warnings() {
		List<String> warnings = new java.util.ArrayList<>();
		if (facilityErrors > 0) {
			warnings.add(NLS.bind(Messages.Export_facilityHasErrors, facilityErrors));
		}
		if (!encrypt.getSelection()) {
			warnings.add(Messages.Export_withoutPasswordWarning);
		}
		return warnings.isEmpty() ? null : String.join(" ", warnings); //$NON-NLS-1$
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
				} else {
					List<String> weak = passwordProblems.apply(a);
					if (!weak.isEmpty()) {
						problem = NLS.bind(Messages.Export_passwordRejected, String.join(" ", weak)); //$NON-NLS-1$
					} else if (!Arrays.equals(a, b)) {
						problem = Messages.Export_passwordMismatch;
					}
				}
			} finally {
				Arrays.fill(a, '\0');
				Arrays.fill(b, '\0');
			}
		}
		setErrorMessage(problem);
		setMessage(warnings(), WARNING); // shown once the error (if any) is mended
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
			return null; // the user chose "without password", warned
		}
		char[] chars = password.getTextChars();
		password.setText(""); //$NON-NLS-1$
		confirmation.setText(""); //$NON-NLS-1$
		return chars;
	}
}
