package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.ui.editor.FeatureField;
import io.sekisho.ui.editor.ModelTable;

/**
 * Cells and fields show the problem of what is typed, as it is typed, with the workbook validation's own message;
 * a stored value with a problem keeps its sign in the cell.
 */
class InPlaceProblemsTest {

	private static final int IP_COLUMN = 6;

	private FacilityEditor editor;
	private ModelTable table;

	@BeforeEach
	void open() throws Exception {
		editor = UiTestSupport.openDemoCopy();
		editor.showPage(BuiltInPages.DEVICES);
		UiTestSupport.settle();
		table = ((DevicesPage) editor.findPage(BuiltInPages.DEVICES)).table();
	}

	@AfterEach
	void close() {
		UiTestSupport.close(editor);
	}

	@Test
	void aBadAddressShowsTheValidationErrorInTheCellWhileTyping() {
		Device device = editor.workbook().getDevices().get(3);
		table.viewer().setSelection(new org.eclipse.jface.viewers.StructuredSelection(device), true);
		table.viewer().editElement(device, IP_COLUMN);
		Text cell = activeTextEditor(table.viewer().getTable());

		cell.setText("10.10.0.99");
		assertNull(table.editorProblem(), "a good address has no problem");
		cell.setText("10.10.0.999");
		String shown = table.editorProblem();
		assertNotNull(shown, "the bad address is marked while it is typed");
		assertTrue(shown.contains("10.10.0.999"), shown);
		// the message is the one the workbook validation (Problems view, sekishoc validate) gives for this address
		assertTrue(validationMessages(device, "10.10.0.999").contains(shown), shown);
		cell.setText("10.10.0.9");
		assertNull(table.editorProblem(), "corrected: the sign goes away");

		// stored anyway (the model keeps what the user typed; the Problems view lists it): the cell keeps the sign
		cell.setText("10.10.0.999");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		UiTestSupport.settle();
		assertEquals(List.of("10.10.0.999"), device.getIpAddresses());
		Table t = table.viewer().getTable();
		int row = table.shownRows().indexOf(device);
		assertEquals("10.10.0.999", t.getItem(row).getText(IP_COLUMN));
		assertNotNull(t.getItem(row).getImage(IP_COLUMN), "the stored bad address shows the error sign");
		int other = table.shownRows().indexOf(editor.workbook().getDevices().get(4));
		assertNull(t.getItem(other).getImage(IP_COLUMN), "a good address shows none");
	}

	@Test
	void textThatIsNoValueIsMarkedInAField() {
		Shell shell = new Shell(editor.getSite().getShell());
		FormToolkit toolkit = new FormToolkit(shell.getDisplay());
		try {
			shell.setLayout(new GridLayout(2, false));
			FeatureField beds = new FeatureField(shell, toolkit, editor.context(), "病床数", () -> editor.workbook().getFacility(),
					FacilityPackage.Literals.FACILITY__BEDS);
			shell.pack();
			shell.open();
			Text text = beds.control();
			text.setFocus();
			text.setText("百");
			assertNotNull(beds.problem(), "not a number: marked while typing");
			assertTrue(beds.problem().contains("百") && beds.problem().contains("病床数"), beds.problem());
			text.setText("120");
			assertNull(beds.problem(), "a number: no sign");
		} finally {
			shell.dispose();
			toolkit.dispose();
		}
	}

	private List<String> validationMessages(Device device, String address) {
		Device copy = org.eclipse.emf.ecore.util.EcoreUtil.copy(device);
		copy.getIpAddresses().clear();
		copy.getIpAddresses().add(address);
		org.eclipse.emf.common.util.BasicDiagnostic chain = new org.eclipse.emf.common.util.BasicDiagnostic();
		new io.sekisho.model.validation.WorkbookValidator().validate(copy.eClass(), copy, chain, new java.util.HashMap<>());
		return chain.getChildren().stream().map(org.eclipse.emf.common.util.Diagnostic::getMessage).toList();
	}

	private static Text activeTextEditor(Table table) {
		return Arrays.stream(table.getChildren()).filter(c -> c instanceof Text && c.isVisible()).map(c -> (Text) c).findFirst()
				.orElseThrow(() -> new AssertionError("no cell editor open"));
	}
}
