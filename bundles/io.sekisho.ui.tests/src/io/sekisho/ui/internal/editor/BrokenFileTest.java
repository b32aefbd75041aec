package io.sekisho.ui.internal.editor;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.eclipse.core.resources.IFile;
import org.eclipse.core.resources.IMarker;
import org.eclipse.core.resources.IProject;
import org.eclipse.core.resources.IResource;
import org.eclipse.core.resources.ResourcesPlugin;
import org.eclipse.core.runtime.NullProgressMonitor;
import org.eclipse.ui.IEditorPart;
import org.eclipse.ui.IWorkbenchPage;
import org.eclipse.ui.PlatformUI;
import org.eclipse.ui.ide.IDE;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.sekisho.ui.internal.FacilityProjects;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.markers.ProblemMarkers;

/**
 * Broken facility files (cut off, garbage bytes, empty) open an error page in the editor: what is wrong and where,
 * that the file was not changed, a way to the backup; and a problem marker on the file. The file is never written.
 */
class BrokenFileTest {

	private final List<IEditorPart> opened = new ArrayList<>();

	@AfterEach
	void closeAll() {
		IWorkbenchPage page = PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage();
		for (IEditorPart part : page.getEditors()) {
			if (opened.contains(part)) {
				page.closeEditor(part, false);
			}
		}
		UiTestSupport.settle();
	}

	@Test
	void aTruncatedFileShowsWhereItEndsAndCanBeRestoredFromItsBackup() throws Exception {
		IFile demo = FacilityProjects.createDemo(new NullProgressMonitor());
		byte[] good = Files.readAllBytes(path(demo));
		byte[] cut = java.util.Arrays.copyOf(good, good.length / 2);
		// the last save kept the good version as the backup, then the file was cut off
		Files.write(path(demo).resolveSibling(demo.getName() + ".bak"), good);
		Files.write(path(demo), cut);
		demo.getParent().refreshLocal(IResource.DEPTH_ONE, null);

		FacilityEditor editor = open(demo);
		LoadProblem problem = editor.loadProblem();
		assertNotNull(problem, "the editor opens on the error page");
		assertEquals(Messages.Broken_truncated, problem.what());
		long lines = new String(cut, StandardCharsets.UTF_8).lines().count();
		assertTrue(problem.line() >= lines - 1 && problem.line() > 1, "the place is where the file ends: line " + problem.line());
		String text = editor.brokenFileView().text();
		assertTrue(text.contains(String.valueOf(problem.line())), text);
		assertTrue(text.contains(Messages.Broken_unchanged), text);
		assertTrue(text.contains("facility.sekisho.bak"), text);
		assertEquals("facility.sekisho", editor.getPartName(), "the tab names the file");
		assertMarker(demo, problem);
		assertNull(editor.workbook());
		editor.doSave(null);
		assertArrayEquals(cut, Files.readAllBytes(path(demo)), "the damaged file is left as it was");

		// the backup opens read-only
		IEditorPart backup = editor.brokenFileView().openBackup();
		opened.add(backup);
		assertTrue(backup instanceof FacilityEditor, String.valueOf(backup));
		FacilityEditor backupEditor = (FacilityEditor) backup;
		assertNull(backupEditor.loadProblem());
		assertTrue(backupEditor.isReadOnly());
		assertFalse(backupEditor.workbook().getDevices().isEmpty());
		backupEditor.getSite().getPage().closeEditor(backupEditor, false);

		// restoring puts the backup in place, keeps the damaged file beside it and opens the facility
		IEditorPart restored = editor.brokenFileView().restoreBackup();
		opened.add(restored);
		UiTestSupport.settle();
		assertTrue(restored instanceof FacilityEditor r && r.loadProblem() == null && r.workbook() != null, String.valueOf(restored));
		assertArrayEquals(good, Files.readAllBytes(path(demo)));
		try (var siblings = Files.list(path(demo).getParent())) {
			Path kept = siblings.filter(p -> p.getFileName().toString().startsWith("facility.sekisho.broken-")).findFirst().orElseThrow();
			assertArrayEquals(cut, Files.readAllBytes(kept), "the damaged file is kept");
		}
		assertFalse(java.util.Arrays.stream(demo.findMarkers(ProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO))
				.anyMatch(m -> m.getAttribute(IMarker.MESSAGE, "").contains(Messages.Broken_truncated)), "the load error marker is gone");
	}

	@Test
	void garbageBytesAreReportedAsNotUtf8Text() throws Exception {
		byte[] garbage = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<facility:FacilityWorkbook xmlns:facility=\"http://sekisho.io/model/facility/1.0\" name=\"\u00ff"
				.getBytes(StandardCharsets.ISO_8859_1);
		byte[] random = new byte[4096];
		new Random(42).nextBytes(random);
		byte[] content = new byte[garbage.length + random.length];
		System.arraycopy(garbage, 0, content, 0, garbage.length);
		System.arraycopy(random, 0, content, garbage.length, random.length);
		IFile file = brokenFile("garbage", content);

		FacilityEditor editor = open(file);
		LoadProblem problem = editor.loadProblem();
		assertNotNull(problem);
		assertEquals(Messages.Broken_notUtf8, problem.what());
		assertEquals(2, problem.line(), "the first bad byte is on line 2");
		assertTrue(editor.brokenFileView().text().contains(Messages.Broken_unchanged));
		assertFalse(editor.brokenFileView().text().contains("Exception"), "no Java exception names on the page");
		assertMarker(file, problem);
		assertArrayEquals(content, Files.readAllBytes(path(file)));
	}

	@Test
	void anEmptyFileSaysItIsEmpty() throws Exception {
		IFile file = brokenFile("empty", new byte[0]);
		FacilityEditor editor = open(file);
		LoadProblem problem = editor.loadProblem();
		assertNotNull(problem);
		assertEquals(Messages.Broken_empty, problem.what());
		String text = editor.brokenFileView().text();
		assertTrue(text.contains(Messages.Broken_unchanged), text);
		assertFalse(text.contains("Stream closed"), text);
		assertTrue(text.contains("facility.sekisho.bak"), "says that there is no backup: " + text);
		assertMarker(file, problem);
		assertEquals(0, Files.size(path(file)));
	}

	private FacilityEditor open(IFile file) throws Exception {
		IEditorPart part = IDE.openEditor(PlatformUI.getWorkbench().getActiveWorkbenchWindow().getActivePage(), file);
		opened.add(part);
		UiTestSupport.settle();
		assertTrue(part instanceof FacilityEditor, "the facility editor opens, not an error part: " + part);
		return (FacilityEditor) part;
	}

	private static IFile brokenFile(String project, byte[] content) throws Exception {
		IProject p = ResourcesPlugin.getWorkspace().getRoot().getProject("broken-" + project + "-" + System.nanoTime());
		p.create(null);
		p.open(null);
		IFile file = p.getFile(FacilityProjects.FACILITY_FILE);
		file.create(new ByteArrayInputStream(content), true, null);
		return file;
	}

	private static void assertMarker(IFile file, LoadProblem problem) throws Exception {
		IMarker[] markers = file.findMarkers(ProblemMarkers.MARKER_TYPE, false, IResource.DEPTH_ZERO);
		assertEquals(1, markers.length);
		assertEquals(IMarker.SEVERITY_ERROR, markers[0].getAttribute(IMarker.SEVERITY, -1));
		assertTrue(markers[0].getAttribute(IMarker.MESSAGE, "").contains(problem.what()));
		if (problem.line() > 0) {
			assertEquals(problem.line(), markers[0].getAttribute(IMarker.LINE_NUMBER, -1));
		}
	}

	private static Path path(IFile file) {
		return file.getLocation().toFile().toPath();
	}
}
