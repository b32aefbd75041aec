package io.sekisho.ui.internal.editor;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.ILog;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PartInitException;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.ide.IDE;

import io.sekisho.model.persistence.AtomicFileWriter;
import io.sekisho.ui.internal.Messages;

/**
 * The only page of an editor whose file could not be read: what is wrong and where, that the file was left as it
 * is, and the way back through the backup the last save kept ({@code NAME.sekisho.bak}): open it read-only, or
 * restore it after a confirmation (the damaged file is kept beside it).
 */
final class BrokenFileView {

	private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"); //$NON-NLS-1$

	private final FacilityEditor editor;
	private final LoadProblem problem;
	private Label summary;

	BrokenFileView(FacilityEditor editor, LoadProblem problem) {
		this.editor = editor;
		this.problem = problem;
	}

	Control create(Composite parent) {
		FormToolkit toolkit = new FormToolkit(parent.getDisplay());
		ScrolledForm form = toolkit.createScrolledForm(parent);
		form.addDisposeListener(e -> toolkit.dispose());
		form.setText(NLS.bind(Messages.Broken_heading, editor.file().getName()));
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		summary = toolkit.createLabel(body, text(), SWT.WRAP);
		summary.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		IFile backup = backup();
		if (backup != null) {
			Composite buttons = toolkit.createComposite(body);
			buttons.setLayout(new GridLayout(2, false));
			Button open = toolkit.createButton(buttons, Messages.Broken_openBackup, SWT.PUSH);
			Button restore = toolkit.createButton(buttons, Messages.Broken_restoreBackup, SWT.PUSH);
			open.addListener(SWT.Selection, e -> openBackup());
			restore.addListener(SWT.Selection, e -> {
				Path keep = brokenCopy();
				if (MessageDialog.openConfirm(editor.getSite().getShell(), Messages.Broken_restoreTitle, NLS.bind(Messages.Broken_restoreQuestion,
						new Object[] { editor.file().getName(), backup.getName(), keep.getFileName() }))) {
					restoreBackup(keep);
				}
			});
		}
		return form;
	}

	/** @return everything the page says, in the order shown */
	String text() {
		StringBuilder text = new StringBuilder(problem.what());
		if (problem.line() > 0) {
			text.append('\n').append(NLS.bind(Messages.Broken_place, problem.line(), problem.column()));
		}
		text.append("\n\n").append(Messages.Broken_unchanged).append("\n\n"); //$NON-NLS-1$ //$NON-NLS-2$
		IFile backup = backup();
		if (backup != null) {
			String saved = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
					.format(LocalDateTime.ofInstant(java.time.Instant.ofEpochMilli(backup.getLocalTimeStamp()), ZoneId.systemDefault()));
			text.append(NLS.bind(Messages.Broken_backup, backup.getName(), saved));
		} else {
			text.append(NLS.bind(Messages.Broken_noBackup, editor.file().getName() + AtomicFileWriter.BACKUP_SUFFIX));
		}
		return text.toString();
	}

	/** @return the backup of the file in the workspace, or null when there is none */
	IFile backup() {
		IFile file = editor.file();
		IFile backup = file.getParent().getFile(new org.eclipse.core.runtime.Path(file.getName() + AtomicFileWriter.BACKUP_SUFFIX));
		try {
			backup.refreshLocal(IResource.DEPTH_ZERO, null);
		} catch (CoreException e) {
			return null;
		}
		return backup.exists() ? backup : null;
	}

	/** Opens the backup in a read-only facility editor. */
	IEditorPart openBackup() {
		IFile backup = backup();
		if (backup == null) {
			return null;
		}
		try {
			return IDE.openEditor(editor.getSite().getPage(), backup, FacilityEditor.ID, true);
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
			return null;
		}
	}

	/**
	 * Puts the backup in the place of the damaged file, which is kept as {@code NAME.broken-<time>}, and opens the
	 * restored file in place of this editor.
	 *
	 * @return the editor on the restored file, or null when restoring failed (reported to the user)
	 */
	IEditorPart restoreBackup() {
		return restoreBackup(brokenCopy());
	}

	private IEditorPart restoreBackup(Path keep) {
		IFile file = editor.file();
		IFile backup = backup();
		if (backup == null) {
			return null;
		}
		Path target = file.getLocation().toFile().toPath();
		try {
			Files.move(target, keep, StandardCopyOption.ATOMIC_MOVE);
			Files.copy(backup.getLocation().toFile().toPath(), target, StandardCopyOption.COPY_ATTRIBUTES);
			file.getParent().refreshLocal(IResource.DEPTH_ONE, null);
		} catch (IOException | CoreException e) {
			ILog.of(getClass()).error(e.getMessage(), e);
			MessageDialog.openError(editor.getSite().getShell(), Messages.Broken_restoreTitle, NLS.bind(Messages.Broken_restoreFailed, e.getMessage()));
			return null;
		}
		IWorkbenchPage page = editor.getSite().getPage();
		page.closeEditor(editor, false);
		try {
			return IDE.openEditor(page, file, FacilityEditor.ID, true);
		} catch (PartInitException e) {
			ILog.of(getClass()).log(e.getStatus());
			return null;
		}
	}

	private Path brokenCopy() {
		Path target = editor.file().getLocation().toFile().toPath();
		return target.resolveSibling(target.getFileName() + ".broken-" + STAMP.format(LocalDateTime.now())); //$NON-NLS-1$
	}
}
