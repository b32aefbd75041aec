package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.model.ModelIds;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.ui.editor.ModelTable;

/**
 * The devices table at 5,000 devices: sorting by a header and filtering give the right rows, and the time each takes
 * on the UI thread is printed (lines starting with {@code TABLE-TIMING}); timings are reported, not asserted.
 */
class LargeDevicesTableTest {

	private static final int DEVICES = 5000;
	private static final int NAME_COLUMN = 0;
	private static final int IP_COLUMN = 6;

	private FacilityEditor editor;
	private ModelTable table;

	@BeforeEach
	void open() throws Exception {
		editor = UiTestSupport.openDemoCopy();
		editor.getSite().getShell().setSize(1400, 900);
		editor.showPage(BuiltInPages.DEVICES);
		UiTestSupport.settle();
		table = ((DevicesPage) editor.findPage(BuiltInPages.DEVICES)).table();
		List<Device> more = new ArrayList<>();
		int missing = DEVICES - editor.workbook().getDevices().size();
		// addresses in a shuffled order, so that sorting has work to do; octets 1..254 (".9" and ".10" both occur)
		List<Integer> order = new ArrayList<>();
		for (int i = 0; i < missing; i++) {
			order.add(i);
		}
		Collections.shuffle(order, new Random(5000));
		DeviceCategory[] categories = DeviceCategory.values();
		for (int i = 0; i < missing; i++) {
			Device d = FacilityFactory.eINSTANCE.createDevice();
			ModelIds.ensureIds(d);
			int n = order.get(i);
			d.setName(String.format(Locale.ROOT, "PC-%05d", n));
			d.setCategory(categories[n % categories.length]);
			d.getIpAddresses().add("10." + (70 + n / (254 * 254)) + "." + (n / 254 % 254 + 1) + "." + (n % 254 + 1));
			d.setLocation(n % 3 == 0 ? "外来" : "病棟" + (n % 7));
			more.add(d);
		}
		editor.context().execute(AddCommand.create(editor.getEditingDomain(), editor.workbook(), FacilityPackage.Literals.FACILITY_WORKBOOK__DEVICES, more));
		UiTestSupport.settle();
		assertEquals(DEVICES, table.viewer().getTable().getItemCount());
	}

	@AfterEach
	void close() {
		UiTestSupport.close(editor);
	}

	@Test
	void sortingByAHeaderAt5000DevicesOrdersByValue() {
		Table t = table.viewer().getTable();
		long[] times = new long[6];
		long[] cpuTimes = new long[6];
		for (int i = 0; i < times.length; i++) {
			long startCpu = cpu();
			times[i] = timeClick(t, i % 3 == 2 ? NAME_COLUMN : IP_COLUMN);
			cpuTimes[i] = (cpu() - startCpu) / 1_000_000;
		}
		report("sort by header click (IP, IP, name, IP, IP, name), wall", times);
		report("sort by header click (IP, IP, name, IP, IP, name), UI thread CPU", cpuTimes);
		// the last clicks: IP column ascending after a click on the name column
		timeClick(t, IP_COLUMN);
		assertEquals(SWT.UP, t.getSortDirection());
		long previous = -1;
		for (int i = 0; i < t.getItemCount(); i++) {
			String ip = t.getItem(i).getText(IP_COLUMN);
			if (ip.isEmpty()) {
				previous = Long.MAX_VALUE; // devices without an address come last
				continue;
			}
			long value = numeric(ip.split(",")[0].strip());
			assertTrue(value >= previous, "row " + i + ": " + ip + " sorted by value");
			previous = value;
		}
	}

	@Test
	void filteringAt5000DevicesShowsTheMatchingRows() {
		Table t = table.viewer().getTable();
		Text filter = filterField(t);
		// the page opened with the focus in the filter field, so its texts were made already: start afresh, as after
		// an edit in a cell (a command makes them again, the focus elsewhere leaves that to the filter field's focus)
		t.setFocus();
		filter.notifyListeners(SWT.FocusOut, new Event());
		Device first = editor.workbook().getDevices().get(0);
		editor.context().execute(org.eclipse.emf.edit.command.SetCommand.create(editor.getEditingDomain(), first,
				FacilityPackage.Literals.DEVICE__LOCATION, "サーバー室 2"));
		UiTestSupport.settle();
		assertTrue(!table.filterTextsPrepared() || filter.isFocusControl(), "the texts are made again only with the focus in the field");
		// the user moves into the field: the texts the filter searches are made meanwhile, in slices
		long focused = System.nanoTime();
		long focusedCpu = cpu();
		filter.setFocus();
		// under Xvfb without a window manager the shell may not be active, and then no focus event comes
		filter.notifyListeners(SWT.FocusIn, new Event());
		assertTrue(waitClosely(table::filterTextsPrepared), "the filter texts are made after the focus");
		report("filter: texts of all rows made after the field got the focus (wall, UI thread CPU)",
				new long[] { (System.nanoTime() - focused) / 1_000_000, (cpu() - focusedCpu) / 1_000_000 });
		String typed = "10.70.3.";
		long[] keystroke = new long[typed.length()];
		long[] shown = new long[typed.length()];
		long[] shownCpu = new long[typed.length()];
		for (int i = 1; i <= typed.length(); i++) {
			String text = typed.substring(0, i);
			long start = System.nanoTime();
			long startCpu = cpu();
			filter.setText(text);
			keystroke[i - 1] = (System.nanoTime() - start) / 1_000_000;
			assertTrue(waitClosely(() -> filterApplied(text)));
			t.update();
			shown[i - 1] = (System.nanoTime() - start) / 1_000_000;
			shownCpu[i - 1] = (cpu() - startCpu) / 1_000_000;
		}
		report("filter: UI thread per keystroke", keystroke);
		report("filter: keystroke to rows shown (wall, with the 60 ms pause)", shown);
		report("filter: keystroke to rows shown (UI thread CPU)", shownCpu);
		long expected = editor.workbook().getDevices().stream().filter(d -> d.getIpAddresses().stream().anyMatch(ip -> ip.contains(typed)))
				.count();
		assertTrue(expected > 10, "the filter matches some devices");
		assertEquals(expected, t.getItemCount());
		for (int i = 0; i < t.getItemCount(); i++) {
			assertTrue(t.getItem(i).getText(IP_COLUMN).contains(typed), t.getItem(i).getText(IP_COLUMN));
		}
		filter.setText("");
		assertTrue(UiTestSupport.waitUntil(() -> filterApplied("")));
		assertEquals(DEVICES, t.getItemCount());
	}

	@Test
	void aNewRowAt5000DevicesWithASortActiveIsSelectedRevealedAndOpenForEditing() {
		Table t = table.viewer().getTable();
		timeClick(t, IP_COLUMN); // the new row has no address: it sorts last
		t.setTopIndex(0);
		org.eclipse.swt.widgets.Button add = Arrays.stream(t.getParent().getChildren())
				.filter(c -> c instanceof org.eclipse.swt.widgets.Button b && io.sekisho.ui.internal.Messages.Table_add.equals(b.getText()))
				.map(c -> (org.eclipse.swt.widgets.Button) c).findFirst().orElseThrow();
		long start = System.nanoTime();
		long startCpu = cpu();
		add.notifyListeners(SWT.Selection, new Event());
		t.update();
		report("add a row (sorted by address): wall, UI thread CPU",
				new long[] { (System.nanoTime() - start) / 1_000_000, (cpu() - startCpu) / 1_000_000 });
		UiTestSupport.settle();

		Device added = editor.workbook().getDevices().get(DEVICES);
		assertTrue(table.viewer().getStructuredSelection().getFirstElement() == added, "the new row is selected");
		int index = table.shownRows().indexOf(added);
		assertEquals(DEVICES, index, "no address: last");
		int visible = Math.max(1, t.getClientArea().height / t.getItemHeight());
		assertTrue(index >= t.getTopIndex() && index < t.getTopIndex() + visible,
				"the new row (" + index + ") is in view (" + t.getTopIndex() + "+" + visible + ")");
		assertTrue(t.getItem(index).getData() == added, "the item in view shows the new row");
		assertTrue(table.viewer().isCellEditorActive(), "its name cell is open for editing");
		Text cell = Arrays.stream(t.getChildren()).filter(c -> c instanceof Text && c.isVisible()).map(c -> (Text) c).findFirst().orElseThrow();
		cell.setText("PC-NEW-5001");
		cell.notifyListeners(SWT.DefaultSelection, new Event());
		UiTestSupport.settle();
		assertEquals("PC-NEW-5001", added.getName());
		assertEquals("PC-NEW-5001", t.getItem(table.shownRows().indexOf(added)).getText(NAME_COLUMN));
		// undo removes the row from the table too
		editor.context().commandStack().undo();
		editor.context().commandStack().undo();
		UiTestSupport.settle();
		assertEquals(DEVICES, t.getItemCount());
		assertTrue(!table.shownRows().contains(added));
	}

	/**
	 * Runs the event loop until {@code condition} holds, looking every few milliseconds (the shared wait looks every
	 * 50 ms, too coarse to time a filter by).
	 */
	private static boolean waitClosely(java.util.function.BooleanSupplier condition) {
		org.eclipse.swt.widgets.Display display = org.eclipse.swt.widgets.Display.getCurrent();
		long deadline = System.nanoTime() + 60_000_000_000L;
		while (!condition.getAsBoolean()) {
			if (System.nanoTime() > deadline) {
				return false;
			}
			if (!display.readAndDispatch()) {
				display.timerExec(2, () -> {
					// wakes the loop to test the condition again
				});
				display.sleep();
			}
		}
		return true;
	}

	/** The rows follow the filter field once typing pauses: they were computed with {@code text}. */
	private boolean filterApplied(String text) {
		return table.appliedFilter().equals(text);
	}

	/** CPU time of the UI thread in ns: what the operation costs, apart from waiting for a busy machine's cores. */
	private static long cpu() {
		return java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
	}

	private static long timeClick(Table t, int column) {
		long start = System.nanoTime();
		t.getColumn(column).notifyListeners(SWT.Selection, new Event());
		t.update(); // paints the rows now in view
		return (System.nanoTime() - start) / 1_000_000;
	}

	private Text filterField(Table t) {
		Text field = Arrays.stream(t.getParent().getChildren()).filter(c -> c instanceof Text).map(c -> (Text) c).findFirst().orElseThrow();
		assertTrue(field == table.filterField());
		return field;
	}

	private static void report(String what, long[] millis) {
		long[] sorted = millis.clone();
		Arrays.sort(sorted);
		System.out.println("TABLE-TIMING " + DEVICES + " devices, " + what + ": " + Arrays.toString(millis) + " ms, median "
				+ sorted[sorted.length / 2] + " ms, max " + sorted[sorted.length - 1] + " ms");
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
