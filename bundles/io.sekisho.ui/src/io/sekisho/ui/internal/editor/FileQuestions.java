package io.sekisho.ui.internal.editor;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.IPath;
import org.eclipse.swt.widgets.Shell;

import io.sekisho.model.persistence.FacilityLock;

/**
 * The questions the facility editor asks when its file was changed, removed or locked by someone else. The default
 * answers come from dialogs ({@link FileQuestionDialogs}); tests install their own answers with {@link #use}.
 */
interface FileQuestions {

	/** The answers to "another program changed the file you are saving". */
	enum SaveConflict {
		RELOAD, OVERWRITE, SAVE_COPY, CANCEL
	}

	/** The answers to "someone else has this file open". */
	enum Locked {
		READ_ONLY, OPEN_ANYWAY
	}

	/** Save was refused because the file changed (or was removed, {@code deleted}) after it was read. */
	SaveConflict saveConflict(Shell shell, String file, boolean deleted);

	/** The file changed on disk while the editor holds unsaved changes: true = reload, false = keep the editor's. */
	boolean reloadOverUnsavedChanges(Shell shell, String file);

	/** The file was deleted: true = close the editor, false = keep its contents as unsaved changes. */
	boolean closeDeleted(Shell shell, String file);

	/** The file is open for editing elsewhere. */
	Locked locked(Shell shell, String file, FacilityLock.Holder holder);

	/** @return the workspace path of the copy, or null when the user cancelled */
	IPath saveAsTarget(Shell shell, IFile original);

	/** The answers in effect: dialogs, unless a test installed others. */
	static FileQuestions current() {
		return Holder.current;
	}

	/** Installs {@code questions} (null = the dialogs again); for tests. */
	static void use(FileQuestions questions) {
		Holder.current = questions == null ? new FileQuestionDialogs() : questions;
	}

	/** Keeps the installed answers. */
	final class Holder {
		static volatile FileQuestions current = new FileQuestionDialogs();

		private Holder() {
		}
	}
}
