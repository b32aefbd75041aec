package io.sekisho.ui.internal.imports;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;

import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.layout.GridDataFactory;
import org.eclipse.jface.layout.GridLayoutFactory;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.FileDialog;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.ui.internal.FacilityProjects;

/** The file to import, the facility it holds (read to check it), and the name of its new project. */
final class ImportFacilityPage extends WizardPage {

	private Text file;
	private Label facility;
	private Text project;
	/** the project name the page proposed; replaced when another file is chosen, unless the user typed one */
	private String proposedName = ""; //$NON-NLS-1$
	private Path checkedFile;

	ImportFacilityPage() {
		super("importFacility"); //$NON-NLS-1$
		setTitle(Messages.ImportFacility_title);
		setMessage(Messages.ImportFacility_message);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		GridLayoutFactory.swtDefaults().numColumns(3).applyTo(body);
		new Label(body, SWT.NONE).setText(Messages.ImportFacility_file);
		file = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().grab(true, false).applyTo(file);
		Button browse = new Button(body, SWT.PUSH);
		browse.setText(Messages.ImportFacility_browse);
		browse.addListener(SWT.Selection, e -> browse());
		facility = new Label(body, SWT.WRAP);
		GridDataFactory.fillDefaults().span(3, 1).grab(true, false).applyTo(facility);
		new Label(body, SWT.NONE).setText(Messages.ImportFacility_project);
		project = new Text(body, SWT.BORDER | SWT.SINGLE);
		GridDataFactory.fillDefaults().span(2, 1).grab(true, false).applyTo(project);
		file.addModifyListener(e -> fileChanged());
		project.addModifyListener(e -> validate());
		setControl(body);
		validate();
	}

	private void browse() {
		FileDialog dialog = new FileDialog(getShell(), SWT.OPEN);
		dialog.setFilterExtensions(new String[] { "*.sekisho" }); //$NON-NLS-1$
		dialog.setFilterNames(new String[] { Messages.ImportFacility_filter });
		String chosen = dialog.open();
		if (chosen != null) {
			file.setText(chosen);
		}
	}

	/** Reads the chosen file: the facility's name is shown and proposed as the project's. */
	private void fileChanged() {
		checkedFile = null;
		facility.setText(""); //$NON-NLS-1$
		String error = null;
		String text = file.getText().strip();
		if (!text.isEmpty()) {
			try {
				Path path = Path.of(text);
				if (!Files.isRegularFile(path)) {
					error = NLS.bind(Messages.ImportFacility_notFound, path);
				} else {
					FacilityWorkbook workbook = SekishoFiles.loadWorkbook(path);
					String name = workbook.getFacility() == null ? "" : workbook.getFacility().getName(); //$NON-NLS-1$
					facility.setText(NLS.bind(Messages.ImportFacility_facility, name));
					if (project.getText().equals(proposedName)) {
						String base = name == null || name.isBlank() ? stripExtension(path) : name.strip().replaceAll("[\\\\/:*?\"<>|]", "_"); //$NON-NLS-1$ //$NON-NLS-2$
						proposedName = FacilityProjects.freeProjectName(base);
						project.setText(proposedName);
					}
					checkedFile = path;
				}
			} catch (InvalidPathException e) {
				error = NLS.bind(Messages.ImportFacility_notFound, text);
			} catch (IOException | RuntimeException e) {
				// the loader's message names the file and the line and column, in the user's language
				error = e.getMessage() + " " + Messages.ImportFacility_unchanged; //$NON-NLS-1$
			}
		}
		facility.getParent().layout(true);
		validate(error);
	}

	private void validate() {
		validate(checkedFile == null && !file.getText().isBlank() ? getErrorMessage() : null);
	}

	private void validate(String fileError) {
		String error = fileError;
		if (error == null && checkedFile == null) {
			setErrorMessage(null);
			setPageComplete(false);
			return;
		}
		if (error == null) {
			String name = projectName();
			if (name.isEmpty()) {
				error = Messages.ImportFacility_projectEmpty;
			} else if (ResourcesPlugin.getWorkspace().getRoot().getProject(name).exists()) {
				error = NLS.bind(Messages.ImportFacility_projectExists, name);
			} else if (!ResourcesPlugin.getWorkspace().validateName(name, org.eclipse.core.resources.IResource.PROJECT).isOK()) {
				error = ResourcesPlugin.getWorkspace().validateName(name, org.eclipse.core.resources.IResource.PROJECT).getMessage();
			}
		}
		setErrorMessage(error);
		setPageComplete(error == null && checkedFile != null);
	}

	private static String stripExtension(Path path) {
		String name = path.getFileName().toString();
		return name.endsWith(".sekisho") ? name.substring(0, name.length() - ".sekisho".length()) : name; //$NON-NLS-1$ //$NON-NLS-2$
	}

	Path source() {
		return checkedFile;
	}

	String projectName() {
		return project.getText().strip();
	}

	/** For tests. */
	Text fileField() {
		return file;
	}

	Text projectField() {
		return project;
	}

	String facilityText() {
		return facility.getText();
	}
}
