package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.StoreStatus;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStores;
import io.sekisho.firmware.vuln.store.ImportListener;
import io.sekisho.firmware.vuln.store.StoreImporter;
import io.sekisho.testing.faults.ChildJvm;
import io.sekisho.testing.faults.ChildJvm.Outcome;
import io.sekisho.testing.faults.Fault;

/**
 * The vulnerability store's import run in a child JVM that fails at each of its writes: the new generation's H2
 * database (stream error at the first byte and after 64 KiB, disk full), the pointer file {@code current} (stream
 * error; SIGKILL between its write and its rename) and the kept copy of the feed (SIGKILL before its rename). After
 * each, the store opens with the previous generation: the same status and the same answers, nothing of the new feed;
 * the error names the store folder. A control run without a fault imports the feed.
 */
class StoreFaultTest {

	@TempDir
	Path temp;

	/** In the child: the feed args[1] imported into the store args[0]. */
	static void importFeed(String[] args) throws Exception {
		new StoreImporter(Path.of(args[0])).importFiles(List.of(Path.of(args[1])), ImportListener.NONE);
	}

	@Test
	void aFailedImportLeavesThePreviousGenerationInCharge() throws Exception {
		Path store = temp.resolve("store"); //$NON-NLS-1$
		Path usb = Files.createDirectories(temp.resolve("usb")); //$NON-NLS-1$
		Path nvd = Files.write(usb.resolve("nvdcve-2.0-2024.json.gz"), //$NON-NLS-1$
				TestData.gzip(TestData.nvdFeed("2026-11-30T03:00:00.000", TestData.NVD).getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
		new StoreImporter(store).importFiles(List.of(nvd), ImportListener.NONE);
		Path kev = TestData.copy("kev/known_exploited_vulnerabilities.json", usb); //$NON-NLS-1$
		StoreStatus before = status(store);

		List<Object[]> steps = List.of(new Object[] { Fault.streamFailsAfter(0), "store-*.mv.db" }, //$NON-NLS-1$
				new Object[] { Fault.streamFailsAfter(64 * 1024), "store-*.mv.db" }, //$NON-NLS-1$
				new Object[] { Fault.diskFullAfter(64 * 1024), "store-*.mv.db" }, //$NON-NLS-1$
				new Object[] { Fault.streamFailsAfter(0), "current.tmp" }, //$NON-NLS-1$
				new Object[] { Fault.killedAtRename(), "current.tmp" }, //$NON-NLS-1$
				new Object[] { Fault.killedAtRename(), "[0-9a-f]*.tmp" }); //$NON-NLS-1$
		for (Object[] step : steps) {
			Fault fault = (Fault) step[0];
			String what = fault + " on " + step[1]; //$NON-NLS-1$
			Outcome outcome = ChildJvm.run(fault, (String) step[1], StoreFaultTest.class, "importFeed", store.toString(), kev.toString()); //$NON-NLS-1$
			assertTrue(outcome.faultFired(), what + ": the fault fired\n" + outcome); //$NON-NLS-1$
			if (fault.kills()) {
				assertTrue(outcome.killed(), what + ": killed\n" + outcome); //$NON-NLS-1$
			} else {
				assertEquals(1, outcome.exitCode(), what + ": the import failed\n" + outcome); //$NON-NLS-1$
				assertTrue(outcome.errors().contains(store.toString()), what + ": the error names the store\n" + outcome.errors()); //$NON-NLS-1$
			}
			assertEquals(before, status(store), what + ": the previous generation answers"); //$NON-NLS-1$
			try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
				assertEquals(List.of("CVE-2018-13379", "CVE-2022-42475"), //$NON-NLS-1$ //$NON-NLS-2$
						s.candidates("fortinet", "fortios").stream().map(CveRecord::cveId).toList(), what); //$NON-NLS-1$ //$NON-NLS-2$
				assertTrue(s.kev("CVE-2018-13379").isEmpty(), what + ": nothing of the failed import is visible"); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}

		Outcome control = ChildJvm.run(Fault.NONE, "-", StoreFaultTest.class, "importFeed", store.toString(), kev.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, control.exitCode(), control.toString());
		assertEquals(1404, status(store).kevEntries(), "without a fault the child imports the catalog"); //$NON-NLS-1$
		assertEquals(before.nvdTotal(), status(store).nvdTotal(), "and keeps what was there"); //$NON-NLS-1$
	}

	private static StoreStatus status(Path store) throws Exception {
		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			return s.status();
		}
	}
}
