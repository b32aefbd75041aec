package io.sekisho.ui.internal.wizards;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

/**
 * Asks for a password without ever making a String of it (JFace's InputDialog keeps its value as a String): the
 * masked field's characters are taken as a char array when OK is pressed and the field is emptied. The native
 * widget's own copy of the text is outside Java's reach.
 */
final class PasswordDialog extends Dialog {

	private final String title;
	private final String prompt;
	private Text field;
	private char[] password;

	PasswordDialog(Shell parent, String title, String prompt) {
		super(parent);
		this.title = title;
		this.prompt = prompt;
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(title);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		new Label(area, SWT.WRAP).setText(prompt);
		field = new Text(area, SWT.SINGLE | SWT.BORDER | SWT.PASSWORD);
		GridData data = new GridData(SWT.FILL, SWT.CENTER, true, false);
		data.widthHint = convertHorizontalDLUsToPixels(IDialogConstants.ENTRY_FIELD_WIDTH);
		field.setLayoutData(data);
		return area;
	}

	@Override
	protected void okPressed() {
		password = field.getTextChars();
		field.setText(""); //$NON-NLS-1$
		super.okPressed();
	}

	@Override
	protected void cancelPressed() {
		field.setText(""); //$NON-NLS-1$
		super.cancelPressed();
	}

	/** @return the typed password (the caller wipes it), or {@code null} when cancelled */
	char[] password() {
		return password;
	}
}
