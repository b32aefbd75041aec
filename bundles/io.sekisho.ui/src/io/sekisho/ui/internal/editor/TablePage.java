package io.sekisho.ui.internal.editor;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.sekisho.ui.editor.Column;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.editor.ModelTable;
import io.sekisho.ui.editor.PageFilter;

/** A page that is one {@link ModelTable} over a list of the workbook (devices, for example). */
abstract class TablePage extends FacilityPage {

	private ModelTable table;

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
		table = new ModelTable(body, toolkit, context(), context().facility(), list(), columns());
		createExtraContent(body, toolkit);
	}

	/** Room below the table for page-specific controls. */
	protected void createExtraContent(Composite body, FormToolkit toolkit) {
	}

	ModelTable table() {
		return table;
	}

	/** @return true for the elements of this page's list */
	@Override
	public boolean shows(EObject element) {
		return list().getEReferenceType().isInstance(element) && element.eContainingFeature() == list();
	}

	/** Narrows the table to {@code filter} (a link from the overview); null shows every row. */
	@Override
	public boolean applyFilter(PageFilter filter) {
		if (table == null || filter != null && !filter.narrows(list().getEReferenceType())) {
			return false;
		}
		table.setFilter(filter);
		return true;
	}

	@Override
	public boolean reveal(EObject element) {
		if (table == null || !shows(element)) {
			return false;
		}
		table.viewer().setSelection(new StructuredSelection(element), true);
		return !table.viewer().getStructuredSelection().isEmpty();
	}
}
