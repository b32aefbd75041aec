package io.sekisho.ui.internal.wizards;

import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.DirectoryDialog;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;

import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.passwords.BreachedIndexes;

/**
 * File > Import > Sekisho > Breached passwords: Have I Been Pwned's downloadable SHA-1 data (a folder of per-prefix
 * files, or one file) into the index of this installation, as a cancellable background job.
 */
public final class ImportBreachedWizard extends Wizard implements IImportWizard {

	private SourcePage page;

	public ImportBreachedWizard() {
		setWindowTitle(Messages.Breached_window);
	}

	@Override
	public void init(IWorkbench workbench, IStructuredSelection selection) {
		// the source is chosen on the page
	}

	@Override
	public void addPages() {
		page = new SourcePage();
		addPage(page);
	}

	@Override
	public boolean performFinish() {
		new BreachedImportJob(page.source(), BreachedIndexes.installationIndex()).schedule();
		return true;
	}

	private static final class SourcePage extends WizardPage {
		private Text source;

		SourcePage() {
			super("source"); //$NON-NLS-1$
			setTitle(Messages.Breached_title);
			setDescription(Messages.Breached_description);
		}

		@Override
		public void createControl(Composite parent) {
			Composite body = new Composite(parent, SWT.NONE);
			body.setLayout(new GridLayout(4, false));
			new Label(body, SWT.NONE).setText(Messages.Breached_source);
			source = new Text(body, SWT.BORDER);
			source.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
			Button file = new Button(body, SWT.PUSH);
			file.setText(Messages.Breached_file);
			Button folder = new Button(body, SWT.PUSH);
			folder.setText(Messages.Breached_folder);
			Label target = new Label(body, SWT.WRAP);
			target.setText(org.eclipse.osgi.util.NLS.bind(Messages.Breached_target, BreachedIndexes.installationIndex()));
			target.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 4, 1));
			file.addListener(SWT.Selection, e -> {
				String chosen = new FileDialog(getShell(), SWT.OPEN).open();
				if (chosen != null) {
					source.setText(chosen);
				}
			});
			folder.addListener(SWT.Selection, e -> {
				String chosen = new DirectoryDialog(getShell()).open();
				if (chosen != null) {
					source.setText(chosen);
				}
			});
			source.addModifyListener(e -> setPageComplete(Files.exists(source())));
			setControl(body);
			setPageComplete(false);
		}

		Path source() {
			return Path.of(source.getText().strip());
		}
	}
}
