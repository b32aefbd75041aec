package io.sekisho.ui.tests.pages;

import static io.sekisho.model.facility.FacilityPackage.Literals.EXTERNAL_CONNECTION__PURPOSE;
import static io.sekisho.model.facility.FacilityPackage.Literals.FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS;
import static io.sekisho.model.facility.FacilityPackage.Literals.NAMED__NAME;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;

import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.ui.editor.Column;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.editor.ModelTable;

/**
 * A page contributed the way a module or vendor contributes one (fragment.xml of this test fragment), written
 * against the API packages only: the external connections in a table. No built-in page shows them, so "go to
 * element" must be routed here by {@link #shows(EObject)}.
 */
public final class ExternalConnectionsTestPage extends FacilityPage {

	public static final String ID = "io.sekisho.ui.tests.page.connections"; //$NON-NLS-1$

	private ModelTable table;

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		Composite body = managedForm.getForm().getBody();
		body.setLayout(new GridLayout(1, false));
		table = new ModelTable(body, managedForm.getToolkit(), context(), context().facility(), FACILITY_WORKBOOK__EXTERNAL_CONNECTIONS,
				List.of(Column.of("Name", NAMED__NAME, 160), Column.of("Purpose", EXTERNAL_CONNECTION__PURPOSE, 200))); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public ModelTable table() {
		return table;
	}

	@Override
	public boolean shows(EObject element) {
		return element instanceof ExternalConnection;
	}

	@Override
	public boolean reveal(EObject element) {
		table.viewer().setSelection(new StructuredSelection(element), true);
		return !table.viewer().getStructuredSelection().isEmpty();
	}
}
