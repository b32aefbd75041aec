package io.sekisho.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

import org.eclipse.core.runtime.IStatus;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.junit.jupiter.api.Test;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.FacilityWorkbook;

/** The export as the wizard runs it: a background job writing the handover workbook. */
class ExportWorkbookTest {

	@Test
	void theExportJobWritesAWorkbookWithoutFingerprints() throws Exception {
		FacilityWorkbook demo = DemoFacility.build();
		Path target = Files.createTempDirectory("sekisho-export").resolve("handover.xlsx");
		WorkbookExportJob job = new WorkbookExportJob(EcoreUtil.copy(demo), target, "ja", null, false);
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
		assertTrue(Files.size(target) > 10_000, "a real workbook");
		String xml = allEntries(target);
		assertTrue(xml.contains("厚労記念病院"), "the cover names the facility");
		for (Account account : demo.getAccounts()) {
			if (account.getPasswordAssessment() != null && account.getPasswordAssessment().getFingerprint() != null) {
				assertFalse(xml.contains(account.getPasswordAssessment().getFingerprint()), "no fingerprint in the workbook");
			}
		}
	}

	@Test
	void anEncryptedExportIsNotAZipAnyMore() throws Exception {
		Path target = Files.createTempDirectory("sekisho-export").resolve("protected.xlsx");
		char[] password = "Kouro-Handover-2026!".toCharArray();
		WorkbookExportJob job = new WorkbookExportJob(DemoFacility.build(), target, "en", password, false);
		job.schedule();
		job.join();
		assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
		byte[] head = new byte[4];
		try (InputStream in = Files.newInputStream(target)) {
			assertEquals(4, in.read(head));
		}
		// an agile-encrypted workbook is an OLE2 compound file (D0 CF 11 E0), not a zip (PK)
		assertEquals((byte) 0xD0, head[0]);
		assertEquals((byte) 0xCF, head[1]);
		assertTrue(new String(password).chars().allMatch(c -> c == 0), "the job wipes the password after use");
	}

	@Test
	void aWorkbookExportedIntoTheWorkspaceShowsInTheExplorerWithoutRefresh() throws Exception {
		org.eclipse.core.resources.IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
				.getProject("export-refresh-" + System.nanoTime());
		project.create(null);
		project.open(null);
		try {
			Path target = project.getLocation().toFile().toPath().resolve("handover.xlsx");
			WorkbookExportJob job = new WorkbookExportJob(DemoFacility.build(), target, "ja", null, false);
			job.schedule();
			job.join();
			assertEquals(IStatus.OK, job.getResult().getSeverity(), String.valueOf(job.getResult()));
			org.eclipse.core.resources.IFile exported = project.getFile("handover.xlsx");
			assertTrue(exported.exists(), "known to the workspace without F5");
			assertTrue(exported.isSynchronized(org.eclipse.core.resources.IResource.DEPTH_ZERO));
		} finally {
			project.delete(true, null);
		}
	}

	@Test
	void theWizardWarnsWhenTheFacilityHasErrorsButStillExports() throws Exception {
		org.eclipse.core.resources.IProject project = org.eclipse.core.resources.ResourcesPlugin.getWorkspace().getRoot()
				.getProject("export-errors-" + System.nanoTime());
		project.create(null);
		project.open(null);
		try {
			org.eclipse.core.resources.IFile file = project.getFile("facility.sekisho");
			file.create(new java.io.ByteArrayInputStream(new byte[0]), true, null);
			for (int severity : new int[] { org.eclipse.core.resources.IMarker.SEVERITY_ERROR, org.eclipse.core.resources.IMarker.SEVERITY_ERROR,
					org.eclipse.core.resources.IMarker.SEVERITY_WARNING }) {
				file.createMarker(io.sekisho.ui.internal.markers.ProblemMarkers.MARKER_TYPE)
						.setAttribute(org.eclipse.core.resources.IMarker.SEVERITY, severity);
			}
			assertEquals(2, ExportWorkbookWizard.errorCount(file), "errors only, not warnings");
			ExportWorkbookWizard wizard = new ExportWorkbookWizard();
			wizard.init(org.eclipse.ui.PlatformUI.getWorkbench(), new org.eclipse.jface.viewers.StructuredSelection(file));
			org.eclipse.jface.wizard.WizardDialog dialog = new org.eclipse.jface.wizard.WizardDialog(
					org.eclipse.ui.PlatformUI.getWorkbench().getActiveWorkbenchWindow().getShell(), wizard);
			dialog.setBlockOnOpen(false);
			dialog.open();
			try {
				org.eclipse.jface.wizard.WizardPage page = (org.eclipse.jface.wizard.WizardPage) wizard.getPages()[0];
				String expected = org.eclipse.osgi.util.NLS.bind(io.sekisho.ui.internal.Messages.Export_facilityHasErrors, 2);
				assertTrue(String.valueOf(page.getMessage()).contains(expected), String.valueOf(page.getMessage()));
				assertEquals(org.eclipse.jface.dialogs.IMessageProvider.WARNING, page.getMessageType());
			} finally {
				dialog.close();
			}
		} finally {
			project.delete(true, null);
		}
	}

	private static String allEntries(Path xlsx) throws Exception {
		// ZipFile reads the central directory: streamed entries (SXSSF) have no sizes in their local headers
		StringBuilder text = new StringBuilder();
		try (ZipFile zip = new ZipFile(xlsx.toFile())) {
			for (ZipEntry entry : java.util.Collections.list(zip.entries())) {
				try (InputStream in = zip.getInputStream(entry)) {
					text.append(new String(in.readAllBytes(), StandardCharsets.UTF_8));
				}
			}
		}
		return text.toString();
	}
}
