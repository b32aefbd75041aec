package io.sekisho.firmware.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.util.function.BooleanSupplier;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.common.command.CommandStack;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.domain.IEditingDomainProvider;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.forms.editor.FormEditor;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.firmware.identify.Identification;
import io.sekisho.firmware.register.RegisterLabels;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.persistence.SekishoFiles;

/** The firmware page in the real facility editor, on a copy of the demo hospital. */
class FirmwarePageTest {

	private static final String EDITOR_ID = "io.sekisho.ui.facilityEditor"; //$NON-NLS-1$
	private static final long TIMEOUT_MS = 30_000;

	@Test
	void demoShowsTheExploitedFortiGateAndMatchingIsOneUndo() throws Exception {
		IProject project = ResourcesPlugin.getWorkspace().getRoot().getProject("fw-" + System.nanoTime()); //$NON-NLS-1$
		project.create(new NullProgressMonitor());
		project.open(new NullProgressMonitor());
		IFile file = project.getFile("facility.sekisho"); //$NON-NLS-1$
		SekishoFiles.save(DemoFacility.build(), file.getLocation().toFile().toPath());
		file.refreshLocal(IResource.DEPTH_ZERO, new NullProgressMonitor());

		IWorkbenchPage workbenchPage = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		FormEditor editor = (FormEditor) IDE.openEditor(workbenchPage, file, EDITOR_ID);
		try {
			editor.setActivePage(FirmwarePage.ID);
			FirmwarePage page = (FirmwarePage) editor.findPage(FirmwarePage.ID);
			assertNotNull(page, "the firmware page is contributed to the facility editor");
			waitUntil(() -> page.table() != null && page.table().viewer().getTable().getItemCount() > 0);
			Table table = page.table().viewer().getTable();
			String exploited = RegisterLabels.of(FirmwareStatus.KNOWN_EXPLOITED);
			TableItem fortiGate = row(table, "FGT-EHR01"); //$NON-NLS-1$
			assertNotNull(fortiGate, "the demo's FortiGate is in the register");
			assertEquals(exploited, fortiGate.getText(4));
			assertEquals("悪用が確認された脆弱性あり", exploited, "the test runs in Japanese"); //$NON-NLS-1$
			assertEquals(StatusColors.of(FirmwareStatus.KNOWN_EXPLOITED), fortiGate.getBackground(4));

			// the filter keeps only the exploited records
			int all = table.getItemCount();
			page.onlyExploitedCheck().setSelection(true);
			page.onlyExploitedCheck().notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			assertTrue(table.getItemCount() >= 1 && table.getItemCount() < all, "only exploited rows: " + table.getItemCount());
			for (TableItem item : table.getItems()) {
				assertEquals(exploited, item.getText(4));
			}
			// the details of the selected record name its CVEs
			table.setSelection(0);
			table.notifyListeners(org.eclipse.swt.SWT.Selection, new org.eclipse.swt.widgets.Event());
			waitUntil(() -> page.detailsText().getText().contains("CVE-2018-13379")); //$NON-NLS-1$
			editor.getSite().getShell().setMaximized(true);
			screenshot(editor.getSite().getShell(), "firmware-page"); //$NON-NLS-1$

			FacilityWorkbook workbook = (FacilityWorkbook) ((IEditingDomainProvider) editor).getEditingDomain().getResourceSet()
					.getResources().get(0).getContents().get(0);
			// a register older than the data (as in a file matched long ago): matching must change it
			FirmwareRecord record = workbook.getFirmwareRecords().stream()
					.filter(r -> r.getDevice() != null && "FGT-EHR01".equals(r.getDevice().getName())).findFirst().orElseThrow(); //$NON-NLS-1$
			record.setStatus(FirmwareStatus.UNKNOWN);
			record.getVulnerabilities().clear();
			FacilityWorkbook before = EcoreUtil.copy(workbook);
			CommandStack stack = ((IEditingDomainProvider) editor).getEditingDomain().getCommandStack();
			assertFalse(stack.canUndo());
			// a cancelled match writes nothing
			MatchJob cancelled = new MatchJob(workbook, java.time.LocalDate.now());
			org.eclipse.core.runtime.NullProgressMonitor cancel = new org.eclipse.core.runtime.NullProgressMonitor();
			cancel.setCanceled(true);
			assertEquals(org.eclipse.core.runtime.IStatus.CANCEL, cancelled.run(cancel).getSeverity());
			assertTrue(EcoreUtil.equals(before, workbook), "a cancelled match changes nothing");
			MatchJob job = page.matchNow();
			waitUntil(stack::canUndo);
			assertTrue(job.ranIn() != null && job.ranIn() != Display.getCurrent().getThread(), "matching ran in a job, not in the UI thread");
			assertTrue(stack.canUndo(), "matching is a command on the editor's stack");
			assertEquals(FirmwareStatus.KNOWN_EXPLOITED, record.getStatus(), "matching found the exploited FortiGate again");
			assertFalse(record.getVulnerabilities().isEmpty());
			assertFalse(EcoreUtil.equals(before, workbook));
			assertTrue(editor.isDirty());
			stack.undo();
			assertFalse(stack.canUndo(), "matching was one command");
			assertTrue(EcoreUtil.equals(before, workbook), "undo restores the model as it was before matching");
			waitUntil(() -> row(table, "FGT-EHR01") != null); //$NON-NLS-1$

			// identification from device output: manufacturer, model and version of the device as one command
			Device device = record.getDevice();
			String model = device.getModel();
			page.apply(device, new Identification("test", "Fortinet", "FortiGate 60F", "FortiOS", "7.4.8", "FGT-EHR01", null)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
			assertEquals("FortiGate 60F", device.getModel()); //$NON-NLS-1$
			assertEquals("7.4.8", device.getFirmwareVersion()); //$NON-NLS-1$
			stack.undo();
			assertFalse(stack.canUndo(), "the identification was one command");
			assertEquals(model, device.getModel());
			assertTrue(EcoreUtil.equals(before, workbook));
		} finally {
			editor.getSite().getPage().closeEditor(editor, false);
		}
	}

	/** Saves the window as PNG under target/screenshots (for a look at the Japanese page; asserts nothing). */
	private static void screenshot(org.eclipse.swt.widgets.Shell shell, String name) throws java.io.IOException {
		Display display = shell.getDisplay();
		while (display.readAndDispatch()) {
			// drain
		}
		org.eclipse.swt.graphics.Rectangle bounds = shell.getBounds();
		org.eclipse.swt.graphics.Image image = new org.eclipse.swt.graphics.Image(display, bounds.width, bounds.height);
		try {
			org.eclipse.swt.graphics.GC gc = new org.eclipse.swt.graphics.GC(display);
			try {
				gc.copyArea(image, bounds.x, bounds.y);
			} finally {
				gc.dispose();
			}
			java.nio.file.Path dir = java.nio.file.Path.of(System.getProperty("java.io.tmpdir")).resolve("screenshots"); //$NON-NLS-1$ //$NON-NLS-2$
			java.nio.file.Files.createDirectories(dir);
			org.eclipse.swt.graphics.ImageLoader loader = new org.eclipse.swt.graphics.ImageLoader();
			loader.data = new org.eclipse.swt.graphics.ImageData[] { image.getImageData() };
			loader.save(dir.resolve(name + ".png").toString(), org.eclipse.swt.SWT.IMAGE_PNG); //$NON-NLS-1$
		} finally {
			image.dispose();
		}
	}

	private static TableItem row(Table table, String device) {
		for (TableItem item : table.getItems()) {
			if (device.equals(item.getText(0))) {
				return item;
			}
		}
		return null;
	}

	private static void waitUntil(BooleanSupplier condition) {
		Display display = Display.getCurrent();
		long deadline = System.currentTimeMillis() + TIMEOUT_MS;
		while (!condition.getAsBoolean()) {
			if (System.currentTimeMillis() > deadline) {
				fail("condition not reached within " + TIMEOUT_MS + " ms"); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (!display.readAndDispatch()) {
				display.timerExec(30, () -> {
				});
				display.sleep();
			}
		}
	}
}
