package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.ui.editor.ModelTable;

/** A click on a column header of the devices table sorts by the value (addresses and dates), not by the text. */
class TableSortTest {

	private static final int IP_COLUMN = 6;
	private static final int END_OF_SUPPORT_COLUMN = 17;

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
	void addressesSortNumerically() {
		List<Device> devices = editor.workbook().getDevices();
		CompoundCommand addresses = new CompoundCommand();
		String[] ips = { "10.250.0.100", "10.250.0.9", "10.250.0.10" };
		for (int i = 0; i < ips.length; i++) {
			addresses.append(SetCommand.create(editor.getEditingDomain(), devices.get(i), FacilityPackage.Literals.DEVICE__IP_ADDRESSES,
					List.of(ips[i])));
		}
		editor.context().execute(addresses);
		UiTestSupport.settle();

		clickHeader(IP_COLUMN);
		List<Device> rows = rows();
		assertTrue(rows.indexOf(devices.get(1)) < rows.indexOf(devices.get(2)), ".9 before .10");
		assertTrue(rows.indexOf(devices.get(2)) < rows.indexOf(devices.get(0)), ".10 before .100");
		// every row: its first address is not below the one above it; devices without an address come last
		long previous = -1;
		boolean emptySeen = false;
		for (Device device : rows) {
			if (device.getIpAddresses().isEmpty()) {
				emptySeen = true;
				continue;
			}
			assertTrue(!emptySeen, "devices without an address come last");
			long value = numeric(device.getIpAddresses().get(0));
			assertTrue(value >= previous, device.getIpAddresses() + " after " + previous);
			previous = value;
		}
	}

	@Test
	void datesSortAsDatesBothWays() {
		List<Device> devices = editor.workbook().getDevices();
		CompoundCommand dates = new CompoundCommand();
		LocalDate[] ends = { LocalDate.of(2030, 1, 1), LocalDate.of(2025, 9, 30), LocalDate.of(2026, 3, 31) };
		for (int i = 0; i < ends.length; i++) {
			dates.append(SetCommand.create(editor.getEditingDomain(), devices.get(10 + i), FacilityPackage.Literals.DEVICE__END_OF_SUPPORT,
					ends[i]));
		}
		editor.context().execute(dates);
		UiTestSupport.settle();
		clickHeader(END_OF_SUPPORT_COLUMN);
		assertDates(rows(), true);
		clickHeader(END_OF_SUPPORT_COLUMN);
		assertDates(rows(), false);
	}

	@Test
	void aNewRowIsSelectedRevealedAndEditedWithASortActive() {
		clickHeader(0); // by name
		Table t = table.viewer().getTable();
		t.setTopIndex(0);
		int before = editor.workbook().getDevices().size();
		org.eclipse.swt.widgets.Button add = findButton(t.getParent(), io.sekisho.ui.internal.Messages.Table_add);
		add.notifyListeners(SWT.Selection, new Event());
		UiTestSupport.settle();

		assertTrue(editor.workbook().getDevices().size() == before + 1);
		Device added = editor.workbook().getDevices().get(before);
		assertTrue(table.viewer().getStructuredSelection().getFirstElement() == added, "the new row is selected");
		int index = rows().indexOf(added);
		int visible = Math.max(1, t.getClientArea().height / t.getItemHeight());
		assertTrue(index >= t.getTopIndex() && index < t.getTopIndex() + visible,
				"the new row (" + index + ") is in view (" + t.getTopIndex() + "+" + visible + ")");
		assertTrue(table.viewer().isCellEditorActive(), "its name cell is open for editing");
		org.eclipse.swt.widgets.Text cell = java.util.Arrays.stream(t.getChildren()).filter(c -> c instanceof org.eclipse.swt.widgets.Text && c.isVisible())
				.map(c -> (org.eclipse.swt.widgets.Text) c).findFirst().orElseThrow();
		cell.setText("PC-NEW-SORTED");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		UiTestSupport.settle();
		assertTrue("PC-NEW-SORTED".equals(added.getName()));
	}

	private static org.eclipse.swt.widgets.Button findButton(org.eclipse.swt.widgets.Composite parent, String text) {
		for (org.eclipse.swt.widgets.Control child : parent.getChildren()) {
			if (child instanceof org.eclipse.swt.widgets.Button button && text.equals(button.getText())) {
				return button;
			}
		}
		throw new AssertionError("no button " + text);
	}

	private static void assertDates(List<Device> rows, boolean ascending) {
		List<LocalDate> dates = new ArrayList<>();
		for (Device device : rows) {
			if (device.getEndOfSupport() != null) {
				assertTrue(dates.size() == rows.indexOf(device), "devices without a date come last");
				dates.add(device.getEndOfSupport());
			}
		}
		assertTrue(dates.size() >= 3, "devices with an end of support");
		for (int i = 1; i < dates.size(); i++) {
			int c = dates.get(i - 1).compareTo(dates.get(i));
			assertTrue(ascending ? c <= 0 : c >= 0, dates.get(i - 1) + " / " + dates.get(i));
		}
	}

	private void clickHeader(int column) {
		Table t = table.viewer().getTable();
		t.getColumn(column).notifyListeners(SWT.Selection, new Event());
		UiTestSupport.settle();
	}

	/** The rows in their order on screen; the table is virtual, so an item's text (not its data) fills it. */
	private List<Device> rows() {
		Table t = table.viewer().getTable();
		List<Device> rows = new ArrayList<>();
		for (int i = 0; i < t.getItemCount(); i++) {
			Device shown = (Device) table.shownRows().get(i);
			assertTrue(java.util.Objects.equals(t.getItem(i).getText(0), shown.getName() == null ? "" : shown.getName()), "row " + i);
			rows.add(shown);
		}
		return rows;
	}

	private static long numeric(String ip) {
		String[] parts = ip.split("[./]");
		long value = 0;
		for (int i = 0; i < 4; i++) {
			value = value * 256 + Long.parseLong(parts[i]);
		}
		return value;
	}
}
