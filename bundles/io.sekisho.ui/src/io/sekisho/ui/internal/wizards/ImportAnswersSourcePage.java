package io.sekisho.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.wizard.IWizardPage;
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

/** Which filled workbook to read; Next reads it. */
final class ImportAnswersSourcePage extends WizardPage {

	private final ImportAnswersWizard wizard;
	private Text path;

	ImportAnswersSourcePage(ImportAnswersWizard wizard) {
		super("source"); //$NON-NLS-1$
		this.wizard = wizard;
		setTitle(Messages.Import_title);
		setDescription(Messages.Import_description);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(3, false));
		new Label(body, SWT.NONE).setText(Messages.Import_file);
		path = new Text(body, SWT.BORDER);
		path.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.Export_browse);
		browse.addListener(SWT.Selection, e -> {
			FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
			dialog.setFilterExtensions(new String[] { "*.xlsx" }); //$NON-NLS-1$
			String chosen = dialog.open();
			if (chosen != null) {
				path.setText(chosen);
			}
		});
		path.addModifyListener(e -> setPageComplete(Files.isRegularFile(Path.of(path.getText().strip()))));
		setControl(body);
		setPageComplete(false);
	}

	/** Next reads the workbook (the dialog asks for the next page only when Next is pressed, see canFlipToNextPage). */
	@Override
	public IWizardPage getNextPage() {
		return readNow() ? super.getNextPage() : null;
	}

	@Override
	public boolean canFlipToNextPage() {
		return isPageComplete();
	}

	Path file() {
		return Path.of(path.getText().strip());
	}

	/** Called by the wizard container before it shows the preview. */
	boolean readNow() {
		setErrorMessage(null);
		return wizard.read(file());
	}
}
