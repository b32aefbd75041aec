package io.sekisho.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.editor.FormPage;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

/** A page that is one {@link ModelTable} over a list of the workbook (devices, for example). */
abstract class TablePage extends FormPage implements ElementRevealer {

	protected final FacilityEditor editor;
	private ModelTable table;

	TablePage(FacilityEditor editor, String id, String title) {
		super(editor, id, title);
		this.editor = editor;
	}

	protected abstract EReference list();

	protected abstract List<Column> columns();

	protected abstract String heading();

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		ScrolledForm form = managedForm.getForm();
		form.setText(heading());
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		table = new ModelTable(body, toolkit, editor, editor.workbook(), list(), columns());
		createExtraContent(body, toolkit);
	}

	/** Room below the table for page-specific controls. */
	protected void createExtraContent(Composite body, FormToolkit toolkit) {
	}

	ModelTable table() {
		return table;
	}

	@Override
	public void reveal(EObject element) {
		if (table != null) {
			table.viewer().setSelection(new StructuredSelection(element), true);
		}
	}
}
