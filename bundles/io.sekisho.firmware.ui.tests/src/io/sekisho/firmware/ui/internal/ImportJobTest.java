package io.sekisho.firmware.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStores;

/** The import behind "脆弱性データの取り込み…": a real NVD record into a store folder, in a job. */
class ImportJobTest {

	@TempDir
	Path dir;

	@Test
	void importsAFeedFileIntoTheStore() throws Exception {
		String cve;
		try (InputStream in = ImportJobTest.class.getClassLoader().getResourceAsStream("resources/nvd/CVE-2018-13379.json")) { //$NON-NLS-1$
			assertNotNull(in);
			cve = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		Path feed = dir.resolve("nvdcve-2.0-2018.json"); //$NON-NLS-1$
		Files.writeString(feed, "{\"resultsPerPage\":1,\"startIndex\":0,\"totalResults\":1,\"format\":\"NVD_CVE\",\"version\":\"2.0\"," //$NON-NLS-1$
				+ "\"timestamp\":\"2025-08-25T00:00:00.000\",\"vulnerabilities\":[{\"cve\":" + cve + "}]}"); //$NON-NLS-1$ //$NON-NLS-2$
		Path store = dir.resolve("store"); //$NON-NLS-1$

		ImportJob job = new ImportJob(List.of(feed), store);
		job.schedule();
		job.join();

		IStatus result = job.getResult();
		assertEquals(IStatus.INFO, result.getSeverity(), result.getMessage());
		assertEquals(1, job.result().status().nvdAnalysed());
		assertTrue(result.getMessage().contains("1"), result.getMessage()); //$NON-NLS-1$
		try (VulnerabilityStore opened = VulnerabilityStores.open(store)) {
			assertEquals(1, opened.status().nvdAnalysed());
		}
	}
}
