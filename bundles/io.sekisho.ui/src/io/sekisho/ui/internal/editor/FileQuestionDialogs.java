package io.sekisho.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.dialogs.SaveAsDialog;

import io.sekisho.model.persistence.FacilityLock;
import io.sekisho.ui.internal.Messages;

/** The Eclipse-style dialogs behind {@link FileQuestions}. */
final class FileQuestionDialogs implements FileQuestions {

	@Override
	public SaveConflict saveConflict(Shell shell, String file, boolean deleted) {
		String message = NLS.bind(deleted ? Messages.Conflict_deletedMessage : Messages.Conflict_changedMessage, file);
		int answer = ask(shell, Messages.Conflict_title, MessageDialog.WARNING, message, Messages.Conflict_reload, Messages.Conflict_overwrite,
				Messages.Conflict_saveCopy, Messages.Conflict_cancel);
		return switch (answer) {
		case 0 -> SaveConflict.RELOAD;
		case 1 -> SaveConflict.OVERWRITE;
		case 2 -> SaveConflict.SAVE_COPY;
		default -> SaveConflict.CANCEL;
		};
	}

	@Override
	public boolean reloadOverUnsavedChanges(Shell shell, String file) {
		return ask(shell, Messages.Changed_title, MessageDialog.QUESTION, NLS.bind(Messages.Changed_message, file), Messages.Conflict_reload,
				Messages.Changed_keep) == 0;
	}

	@Override
	public boolean closeDeleted(Shell shell, String file) {
		return ask(shell, Messages.Deleted_title, MessageDialog.QUESTION, NLS.bind(Messages.Deleted_message, file), Messages.Deleted_close,
				Messages.Deleted_keep) == 0;
	}

	@Override
	public Locked locked(Shell shell, String file, FacilityLock.Holder holder) {
		String message = NLS.bind(Messages.Locked_message, new Object[] { file, holder.user(), holder.host(), holder.sinceText() });
		return ask(shell, Messages.Locked_title, MessageDialog.WARNING, message, Messages.Locked_readOnly, Messages.Locked_openAnyway) == 1
				? Locked.OPEN_ANYWAY
				: Locked.READ_ONLY; // closing the dialog is the safe answer
	}

	@Override
	public IPath saveAsTarget(Shell shell, IFile original) {
		SaveAsDialog dialog = new SaveAsDialog(shell);
		dialog.setOriginalFile(original);
		return dialog.open() == SaveAsDialog.OK ? dialog.getResult() : null;
	}

	private static int ask(Shell shell, String title, int kind, String message, String... buttons) {
		return new MessageDialog(shell, title, null, message, kind, 0, buttons).open();
	}
}
