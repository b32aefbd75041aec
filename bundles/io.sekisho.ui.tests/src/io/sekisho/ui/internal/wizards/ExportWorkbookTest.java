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
