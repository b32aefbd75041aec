package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStores;
import io.sekisho.firmware.vuln.feed.FeedException;
import io.sekisho.firmware.vuln.store.FileResult;
import io.sekisho.firmware.vuln.store.ImportListener;
import io.sekisho.firmware.vuln.store.ImportResult;
import io.sekisho.firmware.vuln.store.StoreImporter;

/**
 * Files of one import are read in parallel, yet the outcome is that of importing them one by one in the order
 * given: a small later file (read first) that carries a newer or an older copy of a record of a large earlier
 * file counts and wins as it would in sequence.
 */
class ParallelImportTest {
	private static final String REAL = "CVE-2018-13379";
	private static final String REAL_MODIFIED = "2025-10-24T12:53:03.100"; // the real record's lastModified

	@TempDir
	Path temp;

	/** A year file of {@code copies} records shaped like the real one, the real record among them. */
	private Path yearFile(int copies) throws IOException {
		String record = record(REAL_MODIFIED);
		StringBuilder json = new StringBuilder("{\"format\":\"NVD_CVE\",\"version\":\"2.0\",")
				.append("\"timestamp\":\"2026-11-30T03:00:00.000\",\"vulnerabilities\":[");
		for (int i = 0; i < copies; i++) {
			String id = i == 0 ? REAL : "CVE-2018-" + (200_000 + i);
			json.append(i == 0 ? "" : ",").append("{\"cve\":").append(record.replace(REAL, id)).append('}');
		}
		Path file = temp.resolve("nvdcve-2.0-2018.json.gz");
		Files.write(file, TestData.gzip(json.append("]}").toString().getBytes(StandardCharsets.UTF_8)));
		return file;
	}

	/** A small "modified" feed holding the real record with another lastModified. */
	private Path modifiedFile(String name, String lastModified) throws IOException {
		String json = "{\"format\":\"NVD_CVE\",\"version\":\"2.0\",\"timestamp\":\"2026-11-30T04:00:00.000\","
				+ "\"vulnerabilities\":[{\"cve\":" + record(lastModified) + "}]}";
		Path file = temp.resolve(name);
		Files.write(file, TestData.gzip(json.getBytes(StandardCharsets.UTF_8)));
		return file;
	}

	private static String record(String lastModified) throws IOException {
		String json = new String(TestData.resource("nvd/" + REAL + ".json"), StandardCharsets.UTF_8);
		assertTrue(json.contains("\"lastModified\": \"" + REAL_MODIFIED + "\""), "the real record as kept");
		return json.replace(REAL_MODIFIED, lastModified);
	}

	private static List<String> counts(ImportResult result) {
		List<String> lines = new ArrayList<>();
		for (FileResult file : result.files()) {
			lines.add(Path.of(file.name()).getFileName() + " read " + file.read() + " added " + file.added()
					+ " updated " + file.updated() + " skipped " + file.skipped());
		}
		return lines;
	}

	private static String lastModified(Path store) throws IOException {
		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			return s.candidates("fortinet", "fortios").stream().filter(r -> r.cveId().equals(REAL))
					.map(CveRecord::lastModified).findFirst().orElseThrow();
		}
	}

	@Test
	void aLaterFileReadFirstStillComesAfter() throws IOException {
		Path year = yearFile(3000);
		Path newer = modifiedFile("nvdcve-2.0-modified.json.gz", "2026-11-29T10:00:00.000");
		Path older = modifiedFile("nvdcve-2.0-old.json.gz", "2020-01-01T00:00:00.000");
		Path store = temp.resolve("store");
		ImportResult result = new StoreImporter(store).importFiles(List.of(year, newer, older), ImportListener.NONE);
		assertEquals(List.of("nvdcve-2.0-2018.json.gz read 3000 added 3000 updated 0 skipped 0",
				"nvdcve-2.0-modified.json.gz read 1 added 0 updated 1 skipped 0",
				"nvdcve-2.0-old.json.gz read 1 added 0 updated 0 skipped 1"), counts(result));
		assertEquals("2026-11-29T10:00:00.000", lastModified(store));
		assertEquals(3000, result.status().nvdTotal());
	}

	@Test
	void theFirstBadFileInOrderIsReportedAndNothingChanges() throws IOException {
		Path store = temp.resolve("store");
		new StoreImporter(store).importFiles(List.of(modifiedFile("nvdcve-2.0-a.json.gz", REAL_MODIFIED)),
				ImportListener.NONE);
		Path year = yearFile(2000);
		Path bad = temp.resolve("nvdcve-2.0-broken.json");
		Files.writeString(bad, "{\"vulnerabilities\":[{\"cve\":{\"id\":\"CVE-2018-1\"}}, {\"cve\": [}");
		Path newer = modifiedFile("nvdcve-2.0-modified.json.gz", "2026-11-29T10:00:00.000");
		FeedException e = assertThrows(FeedException.class,
				() -> new StoreImporter(store).importFiles(List.of(year, bad, newer), ImportListener.NONE));
		assertTrue(e.getMessage().contains(bad.toString()), e.getMessage());
		assertEquals(REAL_MODIFIED, lastModified(store), "the store is as before the failed import");
		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			assertEquals(1, s.status().nvdTotal());
		}
	}
}
