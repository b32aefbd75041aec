package io.sekisho.ui.internal.wizards;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.file.Path;
import java.util.Optional;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IAdaptable;
import org.eclipse.core.runtime.IProgressMonitor;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.wizard.Wizard;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IImportWizard;
import org.eclipse.ui.IWorkbench;
import org.eclipse.ui.part.FileEditorInput;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.editor.FacilityEditor;
import io.sekisho.workbook.HandoverEditions;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.ImportResult;
import io.sekisho.workbook.read.WorkbookReadException;
import io.sekisho.workbook.read.XlsxReader;

/**
 * File > Import > Sekisho > Checklist answers: reads the answers a facility typed into its handover workbook
 * (three-way, see AnswerImport), shows every change (sheet and cell, before and after), every value changed on
 * both sides since the export with a choice per row, and every problem, and applies them only on Finish: as one
 * undoable command in the open editor, or with an atomic save of the file when no editor is open.
 */
public final class ImportAnswersWizard extends Wizard implements IImportWizard {

	private IFile file;
	private IWorkbench workbench;
	private ImportAnswersSourcePage source;
	private ImportAnswersPreviewPage preview;
	private ImportResult result;

	public ImportAnswersWizard() {
		setWindowTitle(Messages.Import_window);
		setNeedsProgressMonitor(true);
	}

	@Override
	public void init(IWorkbench newWorkbench, IStructuredSelection selection) {
		this.workbench = newWorkbench;
		Object first = selection == null ? null : selection.getFirstElement();
		IFile selected = first instanceof IAdaptable adaptable ? adaptable.getAdapter(IFile.class) : null;
		if (selected == null && newWorkbench.getActiveWorkbenchWindow().getActivePage().getActiveEditor() instanceof FacilityEditor editor) {
			selected = editor.file();
		}
		this.file = selected != null && "sekisho".equals(selected.getFileExtension()) ? selected : null; //$NON-NLS-1$
	}

	@Override
	public void addPages() {
		source = new ImportAnswersSourcePage(this);
		preview = new ImportAnswersPreviewPage();
		if (file == null) {
			source.setErrorMessage(Messages.Import_noFile);
		}
		addPage(source);
		addPage(preview);
	}

	@Override
	public boolean canFinish() {
		return file != null && result != null && preview.ready() && getContainer().getCurrentPage() == preview;
	}

	/** Reads the filled workbook against a copy of the facility; nothing is changed yet. */
	boolean read(Path workbookFile) {
		FacilityWorkbook facility = snapshot();
		if (facility == null) {
			return false;
		}
		EditionRegistry editions = EditionRegistry.fromPlatform();
		Optional<Edition> edition = HandoverEditions.current(facility, editions);
		ImportResult[] read = new ImportResult[1];
		try {
			// cancellable: a crafted workbook may cost time before its password is even checked
			getContainer().run(true, true, monitor -> {
				monitor.beginTask(NLS.bind(Messages.Import_reading, workbookFile.getFileName()), IProgressMonitor.UNKNOWN);
				try {
					read[0] = new AnswerImport(editions, new XlsxReader()).read(workbookFile, facility, edition.orElse(null),
							this::askPassword, monitor::isCanceled);
				} catch (java.util.concurrent.CancellationException e) {
					throw new InterruptedException();
				} catch (WorkbookReadException e) {
					// names the file, and the sheet and cell where the workbook is wrong
					throw new InvocationTargetException(e);
				} finally {
					monitor.done();
				}
			});
		} catch (InvocationTargetException e) {
			source.setErrorMessage(e.getCause().getMessage());
			return false;
		} catch (InterruptedException e) {
			source.setErrorMessage(Messages.Import_cancelled); // the user cancelled the read
			return false;
		}
		result = read[0];
		preview.show(result);
		return true;
	}

	/** Asked only for an encrypted workbook; runs on the UI thread. */
	private char[] askPassword() {
		char[][] answer = new char[1][];
		Display.getDefault().syncExec(() -> {
			PasswordDialog dialog = new PasswordDialog(getShell(), Messages.Import_passwordTitle, Messages.Import_passwordPrompt);
			if (dialog.open() == IDialogConstants.OK_ID) {
				answer[0] = dialog.password();
			}
		});
		return answer[0];
	}

	@Override
	public boolean performFinish() {
		ImportResult result = preview.resolved(); // with the side chosen for every conflict
		IEditorPart editor = workbench.getActiveWorkbenchWindow().getActivePage().findEditor(new FileEditorInput(file));
		if (editor instanceof FacilityEditor facilityEditor && facilityEditor.workbook() != null) {
			FacilityWorkbook workbook = facilityEditor.workbook();
			ChangeCommand command = new ChangeCommand(workbook) {
				@Override
				protected void doExecute() {
					AnswerImport.apply(result, workbook);
				}
			};
			command.setLabel(Messages.Import_command);
			facilityEditor.getEditingDomain().getCommandStack().execute(command);
			return true;
		}
		try {
			Path path = file.getLocation().toFile().toPath();
			FacilityWorkbook workbook = SekishoFiles.loadWorkbook(path);
			AnswerImport.apply(result, workbook);
			SekishoFiles.save(workbook, path);
			file.refreshLocal(0, null);
			return true;
		} catch (IOException | CoreException e) {
			preview.setErrorMessage(NLS.bind(Messages.Import_saveFailed, file.getFullPath(), e.getMessage()));
			return false;
		}
	}

	private FacilityWorkbook snapshot() {
		IEditorPart editor = workbench.getActiveWorkbenchWindow().getActivePage().findEditor(new FileEditorInput(file));
		if (editor instanceof FacilityEditor facilityEditor && facilityEditor.workbook() != null) {
			return EcoreUtil.copy(facilityEditor.workbook());
		}
		try {
			return SekishoFiles.loadWorkbook(file.getLocation().toFile().toPath());
		} catch (IOException e) {
			source.setErrorMessage(e.getMessage());
			return null;
		}
	}
}
