package io.sekisho.firmware.ui.internal;

import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.dialogs.TitleAreaDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.sekisho.firmware.identify.DeviceOutputReader;
import io.sekisho.firmware.identify.Identification;
import io.sekisho.firmware.identify.IdentifyException;

/**
 * Takes the pasted output of a device command, shows what was read for confirmation, and hands the identification
 * back when the user applies it. Nothing is changed here: the page writes the result as one command.
 */
final class IdentifyDialog extends TitleAreaDialog {

	private final String deviceName;
	private final DeviceOutputReader reader = new DeviceOutputReader();
	private Text output;
	private Label result;
	private Identification identification;

	IdentifyDialog(Shell parent, String deviceName) {
		super(parent);
		this.deviceName = deviceName;
		setShellStyle(getShellStyle() | SWT.RESIZE);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Page_identifyTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		setTitle(Messages.Page_identifyTitle);
		setMessage(Messages.Identify_message);
		Composite body = new Composite(area, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		body.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		output = new Text(body, SWT.MULTI | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		GridData outputData = new GridData(SWT.FILL, SWT.FILL, true, true);
		outputData.widthHint = 640;
		outputData.heightHint = 260;
		output.setLayoutData(outputData);
		output.setTextLimit(DeviceOutputReader.MAX_CHARS);
		Button read = new Button(body, SWT.PUSH);
		read.setText(Messages.Identify_read);
		read.addListener(SWT.Selection, e -> read());
		result = new Label(body, SWT.WRAP);
		result.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		output.addModifyListener(e -> {
			identification = null;
			result.setText(""); //$NON-NLS-1$
			updateButtons();
		});
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, NLS.bind(Messages.Identify_apply, deviceName), true);
		createButton(parent, IDialogConstants.CANCEL_ID, IDialogConstants.CANCEL_LABEL, false);
		updateButtons();
	}

	/** Reads the pasted text; shows the identification, or the reader's message naming what it understands. */
	void read() {
		try {
			identification = reader.identify(output.getText());
			result.setText(NLS.bind(Messages.Identify_result, new Object[] { orUnknown(identification.manufacturer()),
					orUnknown(identification.model()), orUnknown(identification.version()) }));
			setErrorMessage(null);
		} catch (IdentifyException e) {
			identification = null;
			result.setText(""); //$NON-NLS-1$
			setErrorMessage(e.getMessage());
		}
		result.getParent().layout(true);
		updateButtons();
	}

	void setOutput(String text) {
		output.setText(text);
	}

	private void updateButtons() {
		Button ok = getButton(IDialogConstants.OK_ID);
		if (ok != null) {
			ok.setEnabled(identification != null);
		}
	}

	/** @return the identification the user confirmed, or null */
	Identification identification() {
		return identification;
	}

	private static String orUnknown(String s) {
		return s == null || s.isBlank() ? Messages.Identify_unknown : s;
	}
}
