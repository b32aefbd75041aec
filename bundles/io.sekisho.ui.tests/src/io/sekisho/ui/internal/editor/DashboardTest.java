package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.editor.IFormPage;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.sekisho.core.labels.PasswordVerdict;
import io.sekisho.core.time.PastDue;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Availability;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Severity;
import io.sekisho.ui.editor.PastDueColours;
import io.sekisho.ui.internal.dashboard.BarChart;
import io.sekisho.ui.internal.dashboard.Dashboard;

/**
 * The overview's dashboard on a copy of the demo hospital: its charts show the model's numbers (counted here from
 * the model), a click on a bar opens its page narrowed to what the bar counts, past-due items are highlighted, and
 * an edit changes the dashboard.
 */
class DashboardTest {

	private FacilityEditor editor;
	private Dashboard dashboard;

	@BeforeEach
	void openDemo() throws Exception {
		editor = UiTestSupport.openDemoCopy();
		editor.showPage(BuiltInPages.OVERVIEW);
		// the whole editor on screen, so every chart is drawn
		editor.getSite().getPage().setPartState(editor.getSite().getPage().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_MAXIMIZED);
		UiTestSupport.settle();
		dashboard = ((OverviewPage) editor.findPage(BuiltInPages.OVERVIEW)).dashboard();
	}

	@AfterEach
	void closeEditor() {
		editor.getSite().getPage().setPartState(editor.getSite().getPage().getReference(editor), org.eclipse.ui.IWorkbenchPage.STATE_RESTORED);
		UiTestSupport.close(editor);
	}

	@Test
	void theChartsShowTheDemosNumbers() {
		BarChart passwords = dashboard.chart(Dashboard.PASSWORDS);
		for (PasswordVerdict verdict : PasswordVerdict.values()) {
			long expected = editor.workbook().getAccounts().stream().filter(a -> PasswordVerdict.of(a) == verdict).count();
			assertEquals(expected, passwords.value(verdict.ordinal(), verdict.ordinal()), verdict.name());
			assertTrue(passwords.categories()[verdict.ordinal()].startsWith(verdict.label()), passwords.categories()[verdict.ordinal()]);
		}
		assertTrue(passwords.value(PasswordVerdict.REJECTED.ordinal(), PasswordVerdict.REJECTED.ordinal()) > 0, "the demo has rejected passwords");

		BarChart findings = dashboard.chart(Dashboard.FINDINGS);
		List<Severity> mostSevereFirst = new ArrayList<>(Severity.VALUES.reversed());
		for (int i = 0; i < mostSevereFirst.size(); i++) {
			Severity severity = mostSevereFirst.get(i);
			long open = editor.workbook().getFindings().stream().filter(f -> f.getSeverity() == severity
					&& (f.getStatus() == FindingStatus.OPEN || f.getStatus() == FindingStatus.IN_PROGRESS)).count();
			assertEquals(open, findings.value(i, i), severity.name());
		}

		BarChart firmware = dashboard.chart(Dashboard.FIRMWARE);
		double shown = 0;
		for (int c = 0; c < firmware.categories().length; c++) {
			shown += firmware.value(c, c);
		}
		assertEquals(editor.workbook().getFirmwareRecords().size(), (int) shown, "every record of the register is on the chart");
		assertTrue(Arrays.stream(firmware.categories()).anyMatch(c -> c.startsWith(Dashboard_label(FirmwareStatus.KNOWN_EXPLOITED))),
				"the demo's FortiGate is known exploited: " + Arrays.toString(firmware.categories()));

		BarChart checklist = dashboard.chart(Dashboard.CHECKLIST + 0);
		assertNotNull(checklist, "the demo answers this year's edition");
		int slots = 0;
		for (int c = 0; c < checklist.categories().length; c++) {
			for (int p = 0; p < checklist.parts().size(); p++) {
				slots += (int) checklist.value(c, p);
			}
		}
		assertEquals(dashboard.figures().checklist().get(0).total().slots(), slots, "each slot counted once, in one part");

		List<ExternalConnection> unrestricted = editor.workbook().getExternalConnections().stream()
				.filter(c -> c.getSourceRestriction() == Availability.NO || c.getSourceRestriction() == Availability.UNKNOWN).toList();
		assertFalse(unrestricted.isEmpty());
		for (ExternalConnection connection : unrestricted) {
			assertNotNull(dashboard.link(connection), connection.getName());
		}
	}

	@Test
	void theDemosFortiGateUpdateIsHighlightedAsPastDueOnTheDashboardAndTheFirmwarePage() {
		FirmwareRecord fortiGate = editor.workbook().getFirmwareRecords().stream()
				.filter(r -> LocalDate.of(2025, 9, 30).equals(r.getPlannedUpdate())).findFirst().orElseThrow();
		assertTrue(dashboard.figures().pastDue().contains(fortiGate));
		Hyperlink link = dashboard.link(fortiGate);
		assertNotNull(link);
		assertEquals(PastDueColours.foreground().getRGB(), link.getForeground().getRGB());

		activate(link);
		assertEquals(Dashboard.FIRMWARE_PAGE, editor.getActivePageInstance().getId());
		assertEquals(fortiGate, ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement());
		Table table = table(editor.getActivePageInstance());
		int row = Arrays.asList(table.getItems()).indexOf(Arrays.stream(table.getItems()).filter(i -> i.getData() == fortiGate).findFirst().orElseThrow());
		assertEquals(PastDueColours.background().getRGB(), table.getItem(row).getBackground(0).getRGB(), "the planned update is past due");
	}

	@Test
	void aClickOnABarOpensItsPageNarrowedToWhatItCounts() {
		// passwords: 不合格
		click(dashboard.chart(Dashboard.PASSWORDS), PasswordVerdict.REJECTED.ordinal(), PasswordVerdict.REJECTED.ordinal());
		assertEquals(BuiltInPages.ACCOUNTS, editor.getActivePageInstance().getId());
		AccountsPage accounts = (AccountsPage) editor.findPage(BuiltInPages.ACCOUNTS);
		long rejected = editor.workbook().getAccounts().stream().filter(a -> PasswordVerdict.of(a) == PasswordVerdict.REJECTED).count();
		assertNotNull(accounts.table().filter());
		assertEquals(rejected, accounts.table().viewer().getTable().getItemCount());
		for (var item : accounts.table().viewer().getTable().getItems()) {
			assertEquals(PasswordVerdict.REJECTED, PasswordVerdict.of((Account) item.getData()));
		}
		accounts.table().setFilter(null);
		UiTestSupport.settle();
		assertEquals(editor.workbook().getAccounts().size(), accounts.table().viewer().getTable().getItemCount(), "すべて表示 shows every row again");

		// findings: 高
		backToOverview();
		List<Severity> mostSevereFirst = new ArrayList<>(Severity.VALUES.reversed());
		int high = mostSevereFirst.indexOf(Severity.HIGH);
		click(dashboard.chart(Dashboard.FINDINGS), high, high);
		assertEquals(BuiltInPages.CONTACTS_FINDINGS, editor.getActivePageInstance().getId());
		ContactsFindingsPage page = (ContactsFindingsPage) editor.findPage(BuiltInPages.CONTACTS_FINDINGS);
		List<Finding> openHigh = editor.workbook().getFindings().stream().filter(f -> f.getSeverity() == Severity.HIGH
				&& (f.getStatus() == FindingStatus.OPEN || f.getStatus() == FindingStatus.IN_PROGRESS)).toList();
		assertFalse(openHigh.isEmpty());
		assertEquals(openHigh.size(), page.findings().viewer().getTable().getItemCount());
		for (Finding finding : openHigh) {
			assertEquals(PastDue.finding(finding, LocalDate.now()), page.findings().isHighlighted(finding), finding.getText());
		}

		// firmware: the status of the first bar (the worst the demo has)
		backToOverview();
		BarChart firmware = dashboard.chart(Dashboard.FIRMWARE);
		String category = firmware.categories()[0];
		FirmwareStatus status = FirmwareStatus.VALUES.stream().filter(s -> category.startsWith(Dashboard_label(s))).findFirst().orElseThrow();
		click(firmware, 0, 0);
		assertEquals(Dashboard.FIRMWARE_PAGE, editor.getActivePageInstance().getId());
		long withStatus = editor.workbook().getFirmwareRecords().stream().filter(r -> r.getStatus() == status).count();
		assertEquals(withStatus, table(editor.getActivePageInstance()).getItemCount(), status.name());

		// checklist: the second section's bar of the first form shows that form with only that section's items
		backToOverview();
		click(dashboard.chart(Dashboard.CHECKLIST + 0), 1, 0);
		assertEquals(BuiltInPages.CHECKLIST, editor.getActivePageInstance().getId());
		ChecklistPage checklist = (ChecklistPage) editor.findPage(BuiltInPages.CHECKLIST);
		UiTestSupport.settle();
		var rows = checklist.viewer().getTable().getItems();
		assertTrue(rows.length > 0);
		var section = ((ChecklistSlot) rows[0].getData()).item().eContainer();
		for (var row : rows) {
			assertEquals(section, ((ChecklistSlot) row.getData()).item().eContainer(), "one section only");
		}
		int narrowed = rows.length;
		checklist.applyFilter(null);
		assertTrue(checklist.viewer().getTable().getItemCount() > narrowed, "すべて表示 shows every section again");
	}

	@Test
	void anEditChangesTheDashboard() {
		Finding finding = dashboard.figures().openFindings().get(0);
		Severity severity = finding.getSeverity();
		int index = new ArrayList<>(Severity.VALUES.reversed()).indexOf(severity);
		double before = dashboard.chart(Dashboard.FINDINGS).value(index, index);
		assertNotNull(dashboard.link(finding));

		editor.context().execute(SetCommand.create(editor.getEditingDomain(), finding, FacilityPackage.Literals.FINDING__STATUS, FindingStatus.RESOLVED));
		UiTestSupport.settle();
		assertEquals(before - 1, dashboard.chart(Dashboard.FINDINGS).value(index, index), "a resolved finding leaves the chart");
		assertNull(dashboard.link(finding), "and the list");
		assertFalse(dashboard.figures().pastDue().contains(finding));

		editor.getEditingDomain().getCommandStack().undo();
		UiTestSupport.settle();
		assertEquals(before, dashboard.chart(Dashboard.FINDINGS).value(index, index));

		// a change made while another page is shown is on the dashboard when it is shown again
		editor.showPage(BuiltInPages.DEVICES);
		UiTestSupport.settle();
		editor.context().execute(SetCommand.create(editor.getEditingDomain(), finding, FacilityPackage.Literals.FINDING__STATUS, FindingStatus.ACCEPTED));
		UiTestSupport.settle();
		backToOverview();
		assertEquals(before - 1, dashboard.chart(Dashboard.FINDINGS).value(index, index));
	}

	@Test
	void theFacilitysFieldsStayEditableOnTheOverview() {
		String name = editor.workbook().getFacility().getName();
		Text field = texts(editor.findPage(BuiltInPages.OVERVIEW).getPartControl()).stream().filter(t -> name.equals(t.getText())).findFirst()
				.orElseThrow();
		assertTrue(field.getEditable());
		field.setFocus();
		field.setText(name + " 分院");
		field.notifyListeners(SWT.DefaultSelection, new Event());
		UiTestSupport.settle();
		assertEquals(name + " 分院", editor.workbook().getFacility().getName());
		assertTrue(((OverviewPage) editor.findPage(BuiltInPages.OVERVIEW)).getManagedForm().getForm().getText().contains(name + " 分院"));
	}

	private static String Dashboard_label(FirmwareStatus status) {
		return io.sekisho.model.facility.provider.SekishoEditPlugin.INSTANCE.getString("_UI_FirmwareStatus_" + status.getName() + "_literal");
	}

	private void backToOverview() {
		editor.showPage(BuiltInPages.OVERVIEW);
		UiTestSupport.settle();
	}

	/** Clicks the middle of one bar part, as the mouse would. */
	private void click(BarChart chart, int category, int part) {
		((OverviewPage) editor.findPage(BuiltInPages.OVERVIEW)).getManagedForm().getForm().showControl(chart.chart());
		chart.chart().redraw();
		chart.chart().update();
		assertTrue(UiTestSupport.waitUntil(() -> chart.bounds(category, part) != null && chart.bounds(category, part).width > 0),
				"the bar is drawn");
		Rectangle bar = chart.bounds(category, part);
		Control plot = chart.chart().getPlotArea().getControl();
		Event up = new Event();
		up.button = 1;
		up.x = bar.x + bar.width / 2;
		up.y = bar.y + bar.height / 2;
		plot.notifyListeners(SWT.MouseUp, up);
		UiTestSupport.settle();
	}

	/** Activates a form hyperlink as Enter on it does. */
	private static void activate(Hyperlink link) {
		link.setFocus();
		Event enter = new Event();
		enter.character = '\r';
		enter.keyCode = SWT.CR;
		link.notifyListeners(SWT.KeyDown, enter);
		UiTestSupport.settle();
	}

	private static Table table(IFormPage page) {
		List<Table> tables = new ArrayList<>();
		collect(page.getPartControl(), Table.class, tables);
		return tables.get(0);
	}

	private static List<Text> texts(Control root) {
		List<Text> texts = new ArrayList<>();
		collect(root, Text.class, texts);
		return texts;
	}

	private static <T extends Control> void collect(Control control, Class<T> type, List<T> found) {
		if (type.isInstance(control)) {
			found.add(type.cast(control));
		}
		if (control instanceof Composite composite) {
			for (Control child : composite.getChildren()) {
				collect(child, type, found);
			}
		}
	}
}
