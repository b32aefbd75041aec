package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.StoreStatus;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStores;
import io.sekisho.firmware.vuln.feed.FeedException;
import io.sekisho.firmware.vuln.feed.FeedFormat;
import io.sekisho.firmware.vuln.store.FileResult;
import io.sekisho.firmware.vuln.store.ImportListener;
import io.sekisho.firmware.vuln.store.ImportResult;
import io.sekisho.firmware.vuln.store.StoreException;
import io.sekisho.firmware.vuln.store.StoreImporter;

/** The installed store: import, queries, atomic switch, lock, and what survives a failed or killed import. */
class StoreTest {

	@TempDir
	Path temp;

	private Path store;
	private Path feeds;

	@BeforeEach
	void folders() throws IOException {
		store = temp.resolve("store");
		feeds = Files.createDirectories(temp.resolve("usb"));
	}

	private Path nvdFeed(String name, String timestamp, String... ids) throws IOException {
		Path file = feeds.resolve(name);
		Files.write(file, TestData.gzip(TestData.nvdFeed(timestamp, ids).getBytes(StandardCharsets.UTF_8)));
		return file;
	}

	private Path kev() throws IOException {
		return TestData.copy("kev/known_exploited_vulnerabilities.json", feeds);
	}

	private ImportResult importFiles(Path... files) throws IOException {
		return new StoreImporter(store).importFiles(List.of(files), ImportListener.NONE);
	}

	private static List<String> ids(List<CveRecord> records) {
		return records.stream().map(CveRecord::cveId).toList();
	}

	/** The files of the store folder (not the kept feeds), to prove an import left nothing behind. */
	private List<String> storeFiles() throws IOException {
		try (Stream<Path> files = Files.list(store)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> !n.equals("feeds")).sorted().toList();
		}
	}

	@Test
	void importAndQuery() throws IOException {
		ImportResult result = importFiles(nvdFeed("nvdcve-2.0-2024.json.gz", "2026-11-30T03:00:00.000", TestData.NVD),
				kev(), TestData.copy("jvn/dataFeed_jvndb_detail_hnd.xml", feeds));
		assertEquals(3, result.files().size());
		FileResult nvd = result.files().get(0);
		assertEquals(FeedFormat.NVD, nvd.format());
		assertEquals(5, nvd.read());
		assertEquals(5, nvd.added());
		assertEquals(1404, result.files().get(1).added());
		StoreStatus status = result.status();
		assertEquals(4, status.nvdAnalysed());
		assertEquals(1, status.nvdAwaiting());
		assertEquals(1, status.nvdWithCnaData());
		assertEquals(1404, status.kevEntries());
		assertEquals(2, status.jvnAdvisories());
		assertEquals(LocalDate.of(2026, 11, 30), status.dataDate());

		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			assertEquals(List.of("CVE-2018-13379", "CVE-2022-42475"), ids(s.candidates("fortinet", "fortios")));
			assertEquals(List.of("CVE-2022-42475"), ids(s.candidates("fortinet", "fim-7901e")),
					"hardware platform entries are indexed too");
			assertEquals(List.of("CVE-2021-20843"), ids(s.candidates("yamaha", "rtx1210_firmware")));
			assertEquals(List.of("CVE-2026-16876"), ids(s.candidates("NEC Corporation", "UNIVERGE IX-R/IX-V")),
					"a record awaiting analysis is found by its CNA data");
			CveRecord full = s.candidates("cisco", "ios_xe").get(0);
			assertEquals(3, full.configurations().size());
			assertEquals(LocalDate.of(2022, 5, 3), s.kev("CVE-2018-13379").orElseThrow().dueDate());
			assertTrue(s.kev("CVE-2000-0001").isEmpty());
			assertEquals("JVNDB-2025-000002", s.jvnFor("CVE-2025-0356").get(0).jvnId());
			assertTrue(s.jvnByVendor("nec").isEmpty(), "the Aterm advisory has CVE ids: not JVN-only");
			assertEquals(status, s.status());
		}
	}

	@Test
	void reimportSkipsAndNewerRecordsUpdate() throws IOException {
		importFiles(nvdFeed("nvdcve-2.0-2022.json.gz", "2026-11-01T00:00:00.000", "CVE-2022-42475", "CVE-2018-13379"));
		FileResult again = importFiles(
				nvdFeed("nvdcve-2.0-2022.json.gz", "2026-11-01T00:00:00.000", "CVE-2022-42475", "CVE-2018-13379"))
				.files().get(0);
		assertEquals(2, again.skipped());
		assertEquals(0, again.added() + again.updated());

		String modified = TestData.nvdFeed("2026-12-01T00:00:00.000", "CVE-2022-42475", "CVE-2023-20198")
				.replace("\"lastModified\": \"2025-10-24T12:54:20.620\"", "\"lastModified\": \"2026-11-30T10:00:00.000\"")
				.replace("A heap-based buffer overflow", "MODIFIED heap-based buffer overflow");
		Path file = feeds.resolve("nvdcve-2.0-modified.json");
		Files.writeString(file, modified);
		FileResult update = importFiles(file).files().get(0);
		assertEquals(1, update.updated());
		assertEquals(1, update.added());
		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			List<CveRecord> fortios = s.candidates("fortinet", "fortios");
			assertEquals(2, fortios.size());
			assertTrue(fortios.get(1).descriptionEn().startsWith("MODIFIED"));
			assertEquals(LocalDate.of(2026, 12, 1), s.status().dataDate());
		}
	}

	@Test
	void badFileLeavesStoreUnchanged() throws IOException {
		importFiles(kev());
		List<String> before = storeFiles();
		byte[] good = TestData.gzip(TestData.nvdFeed("2026-11-30T00:00:00.000", TestData.NVD)
				.getBytes(StandardCharsets.UTF_8));
		Path truncated = feeds.resolve("nvdcve-2.0-2023.json.gz");
		Files.write(truncated, Arrays.copyOf(good, good.length * 2 / 3));
		Path jvn = TestData.copy("jvn/getVulnOverviewList_hnd.xml", feeds);
		FeedException e = assertThrows(FeedException.class, () -> importFiles(jvn, truncated));
		assertTrue(e.getMessage().contains("nvdcve-2.0-2023.json.gz"), e.getMessage());
		assertEquals(before, storeFiles(), "no new database left behind, the pointer unchanged");
		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			assertEquals(1404, s.status().kevEntries());
			assertEquals(0, s.status().jvnAdvisories(), "the good file of the failed import is not in either");
			assertEquals(0, s.status().nvdTotal());
		}
		try (Stream<Path> kept = Files.list(store.resolve("feeds"))) {
			assertEquals(2, kept.count(), "manifest and the KEV catalog only");
		}
	}

	@Test
	void abortedImportLeavesPreviousStoreAnswering() throws IOException {
		importFiles(nvdFeed("nvdcve-2.0-2018.json.gz", "2026-10-01T00:00:00.000", "CVE-2018-13379"));
		List<String> before = storeFiles();
		Path kev = kev();
		// a cancel, and a write failure (as a full disk gives) in the middle of the KEV catalog
		for (IOException failure : List.of(new InterruptedIOException("cancelled"),
				new IOException("No space left on device"))) {
			IOException e = assertThrows(IOException.class, () -> new StoreImporter(store).importFiles(List.of(kev),
					new ImportListener() {
						@Override
						public void progress(Path file, long records, long bytes) throws IOException {
							if (records >= 1000) {
								throw failure;
							}
						}
					}));
			if (failure instanceof InterruptedIOException) {
				assertEquals(failure, e);
			} else {
				assertTrue(e instanceof StoreException && e.getMessage().contains(store.toString()), e.getMessage());
			}
			assertEquals(before, storeFiles(), failure.getMessage());
			try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
				assertEquals(List.of("CVE-2018-13379"), ids(s.candidates("fortinet", "fortios")));
				assertEquals(0, s.status().kevEntries());
			}
			assertEquals(before, storeFiles(), "after open, " + failure.getMessage());
		}
	}

	@Test
	void oneImporterAtATime() throws IOException {
		importFiles(kev());
		Files.createDirectories(store);
		try (FileChannel channel = FileChannel.open(store.resolve("import.lock"), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE); FileLock lock = channel.lock()) {
			StoreException e = assertThrows(StoreException.class,
					() -> importFiles(nvdFeed("nvdcve-2.0-2018.json.gz", "2026-10-01T00:00:00.000", "CVE-2018-13379")));
			assertTrue(e.getMessage().contains(store.toString()), e.getMessage());
		}
		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			assertEquals(0, s.status().nvdTotal());
		}
	}

	@Test
	void readerOpenDuringImportKeepsItsData() throws IOException {
		importFiles(kev());
		try (VulnerabilityStore before = VulnerabilityStores.open(store)) {
			importFiles(nvdFeed("nvdcve-2.0-2018.json.gz", "2026-10-01T00:00:00.000", "CVE-2018-13379"));
			assertTrue(before.kev("CVE-2018-13379").isPresent());
			assertEquals(0, before.status().nvdTotal());
			try (VulnerabilityStore after = VulnerabilityStores.open(store)) {
				assertEquals(1, after.status().nvdTotal());
				assertTrue(after.kev("CVE-2018-13379").isPresent());
			}
		}
	}

	@Test
	void formatChangeRebuildsFromKeptFeedsWithoutTheOriginals() throws Exception {
		importFiles(nvdFeed("nvdcve-2.0-2024.json.gz", "2026-11-30T03:00:00.000", TestData.NVD), kev());
		// the USB stick is gone
		try (Stream<Path> files = Files.list(feeds)) {
			for (Path f : files.toList()) {
				Files.delete(f);
			}
		}
		// an older Sekisho wrote this store: mark its database with another format version
		String current = Files.readString(store.resolve("current")).trim().split(" ")[0];
		Files.writeString(store.resolve("current"), current + " 0\n");
		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			assertEquals(List.of("CVE-2018-13379", "CVE-2022-42475"), ids(s.candidates("fortinet", "fortios")));
			assertEquals(1404, s.status().kevEntries());
			assertEquals(LocalDate.of(2026, 11, 30), s.status().dataDate());
		}
		assertFalse(Files.readString(store.resolve("current")).startsWith(current), "a new database");
	}

	@Test
	void emptyStore() throws IOException {
		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			assertTrue(s.status().isEmpty());
			assertTrue(s.candidates("fortinet", "fortios").isEmpty());
		}
	}

	@Test
	void killedImporterLeavesPreviousStoreWorking() throws Exception {
		importFiles(kev());
		List<String> before = storeFiles();
		Path big = feeds.resolve("nvdcve-2.0-2022.json");
		SyntheticFeed.write(big, 3000);
		Process child = new ProcessBuilder(ChildJvm.command(ImportProcess.class, store.toString(), big.toString()))
				.redirectErrorStream(true).start();
		try (var out = new java.io.BufferedReader(new java.io.InputStreamReader(child.getInputStream()))) {
			String line;
			boolean writing = false;
			StringBuilder seen = new StringBuilder();
			while ((line = out.readLine()) != null) {
				seen.append(line).append('\n');
				if (line.startsWith("progress ") && Long.parseLong(line.substring(9)) >= 1000) {
					writing = true;
					break;
				}
			}
			assertTrue(writing, "the importer did not start writing: " + seen);
			child.destroyForcibly(); // SIGKILL: no finally block, no shutdown hook runs
			child.waitFor();
		}
		assertTrue(storeFiles().size() > before.size() || storeFiles().equals(before),
				"the killed importer may leave its half-written database behind");
		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			assertEquals(1404, s.status().kevEntries());
			assertEquals(0, s.status().nvdTotal());
		}
		// the lock died with the process; the next import cleans up and works
		importFiles(nvdFeed("nvdcve-2.0-2018.json.gz", "2026-10-01T00:00:00.000", "CVE-2018-13379"));
		assertEquals(before.size(), storeFiles().size(), "leftovers removed: " + storeFiles());
		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			assertEquals(1, s.status().nvdTotal());
			assertEquals(1404, s.status().kevEntries());
		}
	}
}
