package io.sekisho.ui.internal.imports;

import static io.sekisho.model.facility.FacilityPackage.Literals.DEVICE__CATEGORY;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.swt.widgets.Display;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.ui.editor.FeatureValues;
import io.sekisho.ui.internal.FacilityProjects;
import io.sekisho.ui.internal.editor.FacilityEditor;
import io.sekisho.workbook.devicelist.CsvText;

/** File > インポート > 機器台帳: the hospital's list, read in the encodings Excel writes, previewed, applied as one command. */
class ImportDevicesTest {

	@TempDir
	Path dir;

	@Test
	void theColumnsAreGuessedFromTheHeadingsJapaneseTablesUse() {
		List<DeviceColumns.Target> guessed = DeviceColumns.guess(List.of("No.", "機器名", "ＩＰアドレス", "メーカー", "型 番", "設置場所", "備考", "名称"));
		assertNull(guessed.get(0));
		assertEquals(DeviceColumns.TARGETS.get(0), guessed.get(1));
		assertEquals("ipAddresses", guessed.get(2).feature().getName(), "full-width ＩＰ is NFKC-normalised");
		assertEquals("manufacturer", guessed.get(3).feature().getName());
		assertEquals("model", guessed.get(4).feature().getName());
		assertEquals("location", guessed.get(5).feature().getName());
		assertNull(guessed.get(6));
		assertNull(guessed.get(7), "the name is taken by the first column that names it");
	}

	@Test
	void aListIsPreviewedRefusedWithItsRowAndColumnAndAppliedAsOneUndoableCommand() throws Exception {
		IFile facilityFile = FacilityProjects.createDemo(new NullProgressMonitor());
		FacilityEditor editor = (FacilityEditor) IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), facilityFile);
		try {
			FacilityWorkbook facility = editor.workbook();
			Device existing = facility.getDevices().get(0);
			String oldLocation = existing.getLocation();
			int before = facility.getDevices().size();
			String server = new FeatureValues(editor.context().adapterFactory()).valueText(existing, DEVICE__CATEGORY, DeviceCategory.SERVER);
			String good = "No.,機器名,種別,IPアドレス,設置場所\r\n1," + existing.getName() + ",,,別館サーバ室\r\n2,PACS-02," + server + ",10.10.5.21,放射線科\r\n";
			Path bad = Files.write(dir.resolve("台帳-誤り.csv"), (good + "3,PACS-03," + server + ",10.10.0.999,放射線科\r\n").getBytes(CsvText.WINDOWS_31J));
			Path fixed = Files.write(dir.resolve("台帳.csv"), good.getBytes(CsvText.WINDOWS_31J));

			ImportDevicesWizard wizard = new ImportDevicesWizard();
			wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
			WizardDialog dialog = new WizardDialog(editor.getSite().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				wizard.page().fileField().setText(bad.toString());
				assertEquals(5, wizard.page().combos().size());
				DeviceListPlan plan = wizard.page().plan();
				assertNotNull(plan);
				assertEquals(List.of(DeviceListPlan.Action.UPDATE, DeviceListPlan.Action.ADD, DeviceListPlan.Action.ERROR),
						plan.rows().stream().map(DeviceListPlan.RowPlan::action).toList());
				String problem = plan.rows().get(2).problems().get(0);
				assertTrue(problem.contains("4") && problem.contains("D") && problem.contains("10.10.0.999"), problem);
				assertFalse(wizard.canFinish(), "nothing is applied while a row has a problem");

				wizard.page().fileField().setText(fixed.toString());
				assertNull(wizard.page().getErrorMessage(), wizard.page().getErrorMessage());
				assertTrue(wizard.canFinish());
				assertTrue(wizard.performFinish());
			} finally {
				dialog.close();
			}
			assertEquals(before + 1, facility.getDevices().size());
			Device added = facility.getDevices().stream().filter(d -> "PACS-02".equals(d.getName())).findFirst().orElseThrow();
			assertEquals(DeviceCategory.SERVER, added.getCategory());
			assertEquals(List.of("10.10.5.21"), added.getIpAddresses());
			assertNotNull(added.getId());
			assertEquals("別館サーバ室", existing.getLocation());
			assertTrue(editor.isDirty());
			editor.getEditingDomain().getCommandStack().undo();
			assertEquals(before, facility.getDevices().size(), "one undo takes the whole import back");
			assertEquals(oldLocation, existing.getLocation());
		} finally {
			editor.getSite().getPage().closeEditor(editor, false);
			while (Display.getCurrent().readAndDispatch()) {
				// let the editor go
			}
			facilityFile.getProject().delete(true, null);
		}
	}
}
