package io.sekisho.ui.internal.imports;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.wizard.WizardDialog;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.part.FileEditorInput;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;

/** File > インポート > 施設ファイル: a facility file from elsewhere becomes a project; a broken one is refused. */
class ImportFacilityWizardTest {

	@TempDir
	Path dir;

	@Test
	void aFacilityFileIsCopiedIntoANewProjectNamedAfterItAndOpened() throws Exception {
		FacilityWorkbook demo = DemoFacility.build();
		demo.getFacility().setName("取込テスト病院 " + System.nanoTime());
		Path source = dir.resolve("mailed.sekisho");
		SekishoFiles.save(demo, source);
		byte[] before = Files.readAllBytes(source);
		ImportFacilityWizard wizard = new ImportFacilityWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		IProject project = null;
		try {
			wizard.page().fileField().setText(source.toString());
			assertTrue(wizard.page().facilityText().contains(demo.getFacility().getName()), wizard.page().facilityText());
			assertEquals(demo.getFacility().getName(), wizard.page().projectField().getText(), "proposed from the facility's name");
			assertTrue(wizard.canFinish(), String.valueOf(wizard.page().getErrorMessage()));
			assertTrue(wizard.performFinish());
			IFile imported = wizard.imported();
			project = imported.getProject();
			assertEquals(demo.getFacility().getName(), project.getName());
			try (var in = imported.getContents()) {
				assertArrayEquals(before, in.readAllBytes(), "copied byte for byte");
			}
			assertArrayEquals(before, Files.readAllBytes(source), "the source is left as it was");
			IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
			IEditorPart editor = page.findEditor(new FileEditorInput(imported));
			assertNotNull(editor, "the imported facility is opened");
			page.closeEditor(editor, false);
		} finally {
			dialog.close();
			if (project != null) {
				project.delete(true, null);
			}
		}
	}

	@Test
	void aTruncatedFileIsRefusedWithItsNameAndNoProjectIsCreated() throws Exception {
		Path whole = dir.resolve("whole.sekisho");
		SekishoFiles.save(DemoFacility.build(), whole);
		byte[] bytes = Files.readAllBytes(whole);
		Path truncated = Files.write(dir.resolve("truncated.sekisho"), Arrays.copyOf(bytes, bytes.length / 2));
		int projectsBefore = ResourcesPlugin.getWorkspace().getRoot().getProjects().length;
		ImportFacilityWizard wizard = new ImportFacilityWizard();
		wizard.init(PlatformUI.getWorkbench(), StructuredSelection.EMPTY);
		WizardDialog dialog = new WizardDialog(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
		dialog.setBlockOnOpen(false);
		dialog.open();
		try {
			wizard.page().fileField().setText(truncated.toString());
			String error = wizard.page().getErrorMessage();
			assertNotNull(error);
			assertTrue(error.contains("truncated.sekisho"), error);
			assertFalse(wizard.canFinish());
			wizard.page().fileField().setText(dir.resolve("missing.sekisho").toString());
			assertTrue(wizard.page().getErrorMessage().contains("missing.sekisho"), wizard.page().getErrorMessage());
			assertFalse(wizard.canFinish());
		} finally {
			dialog.close();
		}
		assertEquals(projectsBefore, ResourcesPlugin.getWorkspace().getRoot().getProjects().length);
	}
}
