package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.IPath;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.FacilityLock;
import io.sekisho.model.persistence.SekishoResource;
import io.sekisho.ui.internal.FacilityProjects;

/**
 * Issue 17 in the rich client: another program (here: the model's own loader and saver, as sekishoc uses them)
 * changes the file behind an open editor; the editor's questions are answered by a script instead of dialogs.
 */
class TwoWritersTest {

	/** Scripted answers; records what was asked. */
	private static final class Answers implements FileQuestions {
		SaveConflict conflict = SaveConflict.CANCEL;
		boolean reload;
		boolean close;
		Locked locked = Locked.READ_ONLY;
		IPath saveAs;
		final List<String> asked = new ArrayList<>();

		@Override
		public SaveConflict saveConflict(Shell shell, String file, boolean deleted) {
			asked.add("conflict"); //$NON-NLS-1$
			return conflict;
		}

		@Override
		public boolean reloadOverUnsavedChanges(Shell shell, String file) {
			asked.add("changed"); //$NON-NLS-1$
			return reload;
		}

		@Override
		public boolean closeDeleted(Shell shell, String file) {
			asked.add("deleted"); //$NON-NLS-1$
			return close;
		}

		@Override
		public Locked locked(Shell shell, String file, FacilityLock.Holder holder) {
			asked.add("locked:" + holder.user() + "@" + holder.host()); //$NON-NLS-1$ //$NON-NLS-2$
			return locked;
		}

		@Override
		public IPath saveAsTarget(Shell shell, IFile original) {
			asked.add("saveAs"); //$NON-NLS-1$
			return saveAs;
		}
	}

	private final Answers answers = new Answers();
	private final List<FacilityEditor> editors = new ArrayList<>();

	private FacilityEditor open(IFile file) throws Exception {
		FileQuestions.use(answers);
		IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		UiTestSupport.settle();
		FacilityEditor editor = (FacilityEditor) part;
		editors.add(editor);
		return editor;
	}

	private FacilityEditor openDemo() throws Exception {
		return open(FacilityProjects.createDemo(new NullProgressMonitor()));
	}

	@AfterEach
	void closeAll() {
		for (FacilityEditor editor : editors) {
			try {
				UiTestSupport.close(editor); // does nothing for an editor the test closed already
			} catch (RuntimeException e) {
				// closed and disposed already
			}
		}
		FileQuestions.use(null);
	}

	private static Path path(IFile file) {
		return file.getLocation().toFile().toPath();
	}

	/** Another program renames the second device and saves the file (with the model's checked save). */
	private static void otherWriterRenamesSecondDevice(IFile file, String name) throws IOException {
		SekishoResource other = FacilityFiles.load(path(file));
		other.workbook().getDevices().get(1).setName(name);
		FacilityFiles.save(other);
	}

	private static List<String> deviceNamesOnDisk(Path file) throws IOException {
		return FacilityFiles.load(file).workbook().getDevices().stream().map(Device::getName).toList();
	}

	private static void renameFirstDevice(FacilityEditor editor, String name) {
		Device device = editor.workbook().getDevices().get(0);
		editor.context().execute(SetCommand.create(editor.getEditingDomain(), device, FacilityPackage.Literals.NAMED__NAME, name));
		UiTestSupport.settle();
		assertTrue(editor.isDirty());
	}

	@Test
	void savingOverAnotherWritersChangeAsksAndReloadDiscardsTheEditorsChanges() throws Exception {
		FacilityEditor editor = openDemo();
		renameFirstDevice(editor, "MINE");
		otherWriterRenamesSecondDevice(editor.file(), "OTHER");
		answers.conflict = FileQuestions.SaveConflict.RELOAD;

		editor.doSave(new NullProgressMonitor());
		UiTestSupport.settle();

		assertEquals(List.of("conflict"), answers.asked);
		assertEquals("OTHER", editor.workbook().getDevices().get(1).getName(), "the editor shows the other writer's change");
		assertFalse("MINE".equals(editor.workbook().getDevices().get(0).getName()), "the editor's change was discarded");
		assertFalse(editor.isDirty());
		assertEquals("OTHER", deviceNamesOnDisk(path(editor.file())).get(1));
		assertFalse(deviceNamesOnDisk(path(editor.file())).contains("MINE"), "nothing of the editor's was written");
	}

	@Test
	void overwriteReplacesTheOtherWritersChange() throws Exception {
		FacilityEditor editor = openDemo();
		String secondBefore = editor.workbook().getDevices().get(1).getName();
		renameFirstDevice(editor, "MINE");
		otherWriterRenamesSecondDevice(editor.file(), "OTHER");
		answers.conflict = FileQuestions.SaveConflict.OVERWRITE;

		editor.doSave(new NullProgressMonitor());
		UiTestSupport.settle();

		assertEquals(List.of("conflict"), answers.asked);
		List<String> onDisk = deviceNamesOnDisk(path(editor.file()));
		assertEquals("MINE", onDisk.get(0));
		assertEquals(secondBefore, onDisk.get(1), "overwritten: the other writer's change is gone");
		assertFalse(editor.isDirty());
		// the editor knows what it wrote: the next save is no conflict
		renameFirstDevice(editor, "MINE-2");
		editor.doSave(new NullProgressMonitor());
		assertEquals(List.of("conflict"), answers.asked);
		assertEquals("MINE-2", deviceNamesOnDisk(path(editor.file())).get(0));
	}

	@Test
	void saveACopyKeepsBothVersions() throws Exception {
		FacilityEditor editor = openDemo();
		IFile original = editor.file();
		renameFirstDevice(editor, "MINE");
		otherWriterRenamesSecondDevice(original, "OTHER");
		answers.conflict = FileQuestions.SaveConflict.SAVE_COPY;
		answers.saveAs = original.getParent().getFullPath().append("my-copy.sekisho");

		editor.doSave(new NullProgressMonitor());
		UiTestSupport.settle();

		assertEquals(List.of("conflict", "saveAs"), answers.asked);
		List<String> originalOnDisk = deviceNamesOnDisk(path(original));
		assertEquals("OTHER", originalOnDisk.get(1), "the other writer's file is untouched");
		assertFalse(originalOnDisk.contains("MINE"));
		IFile copy = ResourcesPlugin.getWorkspace().getRoot().getFile(answers.saveAs);
		assertTrue(copy.exists(), "the copy is in the workspace");
		assertEquals("MINE", deviceNamesOnDisk(path(copy)).get(0));
		assertEquals(copy, editor.file(), "the editor now edits the copy");
		assertEquals("MINE", editor.workbook().getDevices().get(0).getName());
		assertFalse(editor.isDirty());
	}

	@Test
	void fileSaveAsWritesACopyThatOpens() throws Exception {
		FacilityEditor editor = openDemo();
		IFile original = editor.file();
		assertTrue(editor.isSaveAsAllowed());
		renameFirstDevice(editor, "IN-THE-COPY");
		answers.saveAs = original.getParent().getFullPath().append("renamed"); // the extension is added

		editor.doSaveAs();
		UiTestSupport.settle();

		IFile copy = ResourcesPlugin.getWorkspace().getRoot().getFile(answers.saveAs.addFileExtension("sekisho"));
		assertTrue(copy.exists());
		assertFalse(deviceNamesOnDisk(path(original)).contains("IN-THE-COPY"), "the original is as it was saved");
		assertEquals(copy, editor.file());
		assertFalse(editor.isDirty());
		UiTestSupport.close(editor);
		FacilityEditor reopened = open(copy);
		assertEquals("IN-THE-COPY", reopened.workbook().getDevices().get(0).getName());
		assertFalse(reopened.isReadOnly());
	}

	@Test
	void anExternalChangeWhileCleanReloadsOnTheSamePageWithTheSelection() throws Exception {
		FacilityEditor editor = openDemo();
		assertTrue(editor.showPage("io.sekisho.ui.page.devices"));
		Device selected = editor.workbook().getDevices().get(2);
		editor.setSelection(new StructuredSelection(selected));
		UiTestSupport.settle();

		otherWriterRenamesSecondDevice(editor.file(), "OTHER");
		editor.file().refreshLocal(IResource.DEPTH_ZERO, null); // what the workbench does when it notices

		assertTrue(UiTestSupport.waitUntil(() -> "OTHER".equals(editor.workbook().getDevices().get(1).getName())), "reloaded");
		assertTrue(answers.asked.isEmpty(), "nothing to ask: the editor had no changes");
		assertFalse(editor.isDirty());
		assertEquals("io.sekisho.ui.page.devices", editor.getActivePageInstance().getId(), "same page");
		Object now = ((IStructuredSelection) editor.getSite().getSelectionProvider().getSelection()).getFirstElement();
		assertTrue(now instanceof Device, "selection kept: " + now);
		assertNotSame(selected, now, "the element of the reloaded file");
		assertEquals(selected.getId(), ((Device) now).getId());
		assertEquals(editor.workbook(), ((EObject) now).eContainer());
	}

	@Test
	void anExternalChangeWhileDirtyAsksKeepOrReload() throws Exception {
		FacilityEditor editor = openDemo();
		renameFirstDevice(editor, "MINE");

		otherWriterRenamesSecondDevice(editor.file(), "OTHER");
		editor.file().refreshLocal(IResource.DEPTH_ZERO, null);
		assertTrue(UiTestSupport.waitUntil(() -> answers.asked.contains("changed")), "the active editor asks");
		assertEquals("MINE", editor.workbook().getDevices().get(0).getName(), "kept");
		assertTrue(editor.isDirty());

		answers.reload = true;
		otherWriterRenamesSecondDevice(editor.file(), "OTHER-AGAIN");
		editor.file().refreshLocal(IResource.DEPTH_ZERO, null);
		assertTrue(UiTestSupport.waitUntil(() -> "OTHER-AGAIN".equals(editor.workbook().getDevices().get(1).getName())), "reloaded");
		assertEquals(List.of("changed", "changed"), answers.asked);
		assertFalse(editor.isDirty());
		assertFalse("MINE".equals(editor.workbook().getDevices().get(0).getName()));
	}

	@Test
	void aDeletedFileKeptAsUnsavedIsWrittenAgainOnSave() throws Exception {
		FacilityEditor editor = openDemo();
		IFile file = editor.file();
		answers.close = false;
		file.delete(true, null);
		assertTrue(UiTestSupport.waitUntil(() -> answers.asked.contains("deleted")));
		assertTrue(editor.isDirty(), "the contents are kept as unsaved");

		editor.doSave(new NullProgressMonitor());
		UiTestSupport.settle();
		assertTrue(Files.exists(path(file)));
		assertTrue(file.exists());
		assertFalse(editor.isDirty());
	}

	@Test
	void aRenamedFileIsFollowed() throws Exception {
		FacilityEditor editor = openDemo();
		IFile file = editor.file();
		IPath renamed = file.getParent().getFullPath().append("renamed-facility.sekisho");
		file.move(renamed, true, null);
		assertTrue(UiTestSupport.waitUntil(() -> editor.file().getFullPath().equals(renamed)), "editor input follows the move");

		renameFirstDevice(editor, "AFTER-MOVE");
		editor.doSave(new NullProgressMonitor());
		assertEquals("AFTER-MOVE", deviceNamesOnDisk(path(editor.file())).get(0));
		assertFalse(Files.exists(path(file)), "nothing written at the old name");
		assertTrue(answers.asked.isEmpty());
	}

	@Test
	void aFileLockedByAnotherMachineOpensReadOnly() throws Exception {
		IFile file = FacilityProjects.createDemo(new NullProgressMonitor());
		Path lockFile = FacilityLock.lockFileOf(path(file));
		// the lock file as FacilityLock writes it, held on another machine (so this process cannot know it is gone)
		String other = "user=tanaka\nhost=other-pc-17\npid=4242\nsince=" + Instant.now() + "\n";
		Files.writeString(lockFile, other, StandardCharsets.UTF_8);
		byte[] before = Files.readAllBytes(path(file));

		FacilityEditor editor = open(file);

		assertEquals(List.of("locked:tanaka@other-pc-17"), answers.asked);
		assertTrue(editor.isReadOnly());
		assertEquals("other-pc-17", editor.lockedBy().orElseThrow().host());
		Device device = editor.workbook().getDevices().get(0);
		String name = device.getName();
		editor.context().execute(SetCommand.create(editor.getEditingDomain(), device, FacilityPackage.Literals.NAMED__NAME, "CHANGED"));
		assertEquals(name, device.getName(), "a read-only editor changes nothing");
		UiTestSupport.close(editor);
		assertEquals(other, Files.readString(lockFile, StandardCharsets.UTF_8), "the other holder's lock is untouched");
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(path(file))));
	}

	@Test
	void openAnywayEditsWithoutTakingTheOthersLock() throws Exception {
		IFile file = FacilityProjects.createDemo(new NullProgressMonitor());
		Path lockFile = FacilityLock.lockFileOf(path(file));
		String other = "user=tanaka\nhost=other-pc-17\npid=4242\nsince=" + Instant.now() + "\n";
		Files.writeString(lockFile, other, StandardCharsets.UTF_8);
		answers.locked = FileQuestions.Locked.OPEN_ANYWAY;

		FacilityEditor editor = open(file);
		assertFalse(editor.isReadOnly());
		renameFirstDevice(editor, "ANYWAY");
		editor.doSave(new NullProgressMonitor());
		assertEquals("ANYWAY", deviceNamesOnDisk(path(file)).get(0));
		UiTestSupport.close(editor);
		assertEquals(other, Files.readString(lockFile, StandardCharsets.UTF_8));
	}
}
