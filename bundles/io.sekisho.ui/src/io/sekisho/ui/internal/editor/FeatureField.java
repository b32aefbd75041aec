package io.sekisho.ui.internal.editor;

import java.util.function.Supplier;

import org.eclipse.emf.common.command.CommandStackListener;
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
final class FeatureField {

	private final FacilityEditor editor;
	private final Supplier<EObject> owner;
	private final EStructuralFeature feature;
	private final FeatureValues values;
	private final Text text;
	private final String label;

	FeatureField(Composite parent, FormToolkit toolkit, FacilityEditor editor, String label, Supplier<EObject> owner,
			EStructuralFeature feature) {
		this.editor = editor;
		this.owner = owner;
		this.feature = feature;
		this.label = label;
		this.values = new FeatureValues(editor.adapterFactory());
		toolkit.createLabel(parent, label);
		text = toolkit.createText(parent, "", SWT.SINGLE); //$NON-NLS-1$
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addListener(SWT.FocusOut, e -> commit());
		text.addListener(SWT.DefaultSelection, e -> commit());
		CommandStackListener listener = e -> text.getDisplay().asyncExec(this::refresh);
		editor.getEditingDomain().getCommandStack().addCommandStackListener(listener);
		text.addDisposeListener(e -> editor.getEditingDomain().getCommandStack().removeCommandStackListener(listener));
		refresh();
	}

	Text control() {
		return text;
	}

	private void refresh() {
		if (text.isDisposed() || text.isFocusControl()) {
			return;
		}
		EObject target = owner.get();
		text.setText(target == null ? "" : values.text(target, feature)); //$NON-NLS-1$
		text.setEnabled(target != null);
	}

	private void commit() {
		EObject target = owner.get();
		if (target == null || text.getText().equals(values.text(target, feature))) {
			return;
		}
		try {
			Object value = values.parse(target, feature, text.getText(), label);
			editor.getEditingDomain().getCommandStack().execute(SetCommand.create(editor.getEditingDomain(), target, feature, value));
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(text.getShell(), Messages.Table_invalidValueTitle, e.getMessage());
			text.setText(values.text(target, feature));
		}
	}
}
