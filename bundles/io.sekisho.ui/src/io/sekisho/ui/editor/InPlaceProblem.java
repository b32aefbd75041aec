package io.sekisho.ui.editor;

import org.eclipse.jface.fieldassist.ControlDecoration;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;

/**
 * Shows the problem of what is being typed next to the control: the error or warning icon, and the message at
 * once (not only on hover), so a wrong address is seen while it is typed, before it is stored.
 */
final class InPlaceProblem {

	private final ControlDecoration decoration;
	private String message;

	InPlaceProblem(Control control) {
		decoration = new ControlDecoration(control, SWT.LEFT | SWT.TOP);
		decoration.setShowOnlyOnFocus(false);
		decoration.hide();
	}

	/** Shows {@code problem} of typed text, its message at once; or hides the sign when it is null. */
	void show(ValueProblems.Problem problem) {
		show(problem, true);
	}

	/**
	 * Shows {@code problem}, or hides the sign when it is null.
	 *
	 * @param announce whether a new message is shown at once (typing) or only on hover (a value stored earlier)
	 */
	void show(ValueProblems.Problem problem, boolean announce) {
		if (problem == null) {
			clear();
			return;
		}
		boolean changed = !problem.message().equals(message);
		message = problem.message();
		decoration.setImage(problem.image());
		decoration.setDescriptionText(message);
		decoration.show();
		if (changed && announce) {
			decoration.showHoverText(message);
		}
	}

	void clear() {
		if (message != null) {
			message = null;
			decoration.hideHover();
			decoration.hide();
		}
	}

	/** @return the message shown, or null */
	String message() {
		return message;
	}

	/** @return true while the sign is shown */
	boolean visible() {
		return message != null && decoration.isVisible();
	}
}
