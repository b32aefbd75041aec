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
		toolkit.createLabel(parent, label);
		text = toolkit.createText(parent, "", SWT.SINGLE); //$NON-NLS-1$
		text.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		text.addListener(SWT.FocusOut, e -> commit());
		text.addListener(SWT.DefaultSelection, e -> commit());
		ModelChanges.refreshAfterCommands(text, context.commandStack(), this::refresh);
		refresh();
	}

	public Text control() {
		return text;
	}

	private void refresh() {
		if (text.isDisposed() || text.isFocusControl()) {
			return;
		}
		EObject target = owner.get();
		text.setText(target == null ? "" : values.text(target, feature)); //$NON-NLS-1$
		text.setEnabled(target != null);
		text.setEditable(!context.isReadOnly());
	}

	private void commit() {
		EObject target = owner.get();
		if (target == null || text.getText().equals(values.text(target, feature))) {
			return;
		}
		try {
			Object value = values.parse(target, feature, text.getText(), label);
			context.execute(SetCommand.create(context.editingDomain(), target, feature, value));
		} catch (IllegalArgumentException e) {
			MessageDialog.openError(text.getShell(), Messages.Table_invalidValueTitle, e.getMessage());
			text.setText(values.text(target, feature));
		}
	}
}
