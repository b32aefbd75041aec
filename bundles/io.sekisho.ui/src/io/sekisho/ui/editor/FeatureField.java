package io.sekisho.ui.editor;

import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.sekisho.ui.internal.Messages;

/**
 * A labelled text field bound to one attribute of a model element: typing is committed as one SetCommand when
 * the field loses focus or Enter is pressed; the field follows the model after undo and redo.
 */
public final class FeatureField {

	private final FacilityEditorContext context;
	private final Supplier<EObject> owner;
	private final EStructuralFeature feature;
	private final FeatureValues values;
	private final Text text;
	private final String label;
	private final ValueProblems problems;
	private final InPlaceProblem problem;
	/** The user typed since the field last showed the model: only then does leaving the field write a command. */
	private boolean typed;
	private boolean showing;

	/**
	 * Creates the label and the field in {@code parent} (a two-column grid).
	 *
	 * @param owner the element whose attribute is shown; asked again on every refresh (it may be replaced or null)
	 */
	public FeatureField(Composite parent, FormToolkit toolkit, FacilityEditorContext context, String label, Supplier<EObject> owner,
			EStructuralFeature feature) {
		this.context = context;
		this.owner = owner;
		this.feature = feature;
		this.label = label;
		this.values = new FeatureValues(context.adapterFactory());
		this.problems = new ValueProblems(values);
		toolkit.createLabel(parent, label);
		text = toolkit.createText(parent, "", SWT.SINGLE); //$NON-NLS-1$
		GridData layout = new GridData(SWT.FILL, SWT.CENTER, true, false);
		layout.horizontalIndent = 8; // room for the problem sign on the left of the field
		text.setLayoutData(layout);
		problem = new InPlaceProblem(text);
		text.addListener(SWT.Modify, e -> {
			typed |= !showing;
			if (typed) {
				showProblemOf(text.getText());
			}
		});
		text.addListener(SWT.FocusOut, e -> commit());
		text.addListener(SWT.DefaultSelection, e -> commit());
		ModelChanges.refreshAfterCommands(text, context.commandStack(), this::refresh);
		refresh();
	}

	public Text control() {
		return text;
	}

	/** @return the problem shown next to the field (of the text typed, or of the value stored), or null */
	public String problem() {
		return problem.message();
	}

	/** The text typed so far, checked as the value it would become (the workbook validation's checks). */
	private void showProblemOf(String typedText) {
		EObject target = owner.get();
		problem.show(target == null ? null : problems.typed(target, feature, typedText, label));
	}

	/**
	 * Shows the model's value. A change made elsewhere (undo, the Properties view, another page) shows even while
	 * the field has the focus, unless the user is typing in it: leaving the field must never write back a stale text.
	 */
	private void refresh() {
		if (text.isDisposed() || typed && text.isFocusControl()) {
			return;
		}
		EObject target = owner.get();
		show(target == null ? "" : values.text(target, feature)); //$NON-NLS-1$
		problems.forget();
		problem.show(target == null ? null : problems.stored(target, feature), false);
		text.setEnabled(target != null);
		text.setEditable(!context.isReadOnly());
	}

	private void show(String value) {
		showing = true;
		try {
			if (!value.equals(text.getText())) {
				text.setText(value);
			}
		} finally {
			showing = false;
		}
		typed = false;
	}

	private void commit() {
		EObject target = owner.get();
		if (!typed || target == null) {
			return;
		}
		typed = false;
		if (text.getText().equals(values.text(target, feature))) {
			return;
		}
		try {
			Object value = values.parse(target, feature, text.getText(), label);
			context.execute(SetCommand.create(context.editingDomain(), target, feature, value));
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(text.getShell(), Messages.Table_invalidValueTitle, e.getMessage());
			show(values.text(target, feature));
		}
	}
}
