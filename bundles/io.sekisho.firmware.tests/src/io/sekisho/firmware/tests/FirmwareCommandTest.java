package io.sekisho.firmware.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.cli.Sekishoc;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStores;

/** sekishoc firmware import and status, run as the command line runs them. */
class FirmwareCommandTest {

	@TempDir
	Path temp;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	/** Runs sekishoc firmware ARGS as the command line does; messages go to err(). */
	private int run(String... args) {
		out.reset();
		err.reset();
		CommandIO io = new CommandIO(new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
		String[] words = new String[args.length + 1];
		words[0] = "firmware";
		System.arraycopy(args, 0, words, 1, args.length);
		return Sekishoc.run(io, words);
	}

	private String out() {
		return out.toString(StandardCharsets.UTF_8);
	}

	private String err() {
		return err.toString(StandardCharsets.UTF_8);
	}

	@Test
	void importThenStatus() throws Exception {
		Path store = temp.resolve("store");
		Path kev = TestData.copy("kev/known_exploited_vulnerabilities.json", temp);
		Path nvd = temp.resolve("nvdcve-2.0-recent.json.gz");
		Files.write(nvd, TestData.gzip(TestData.nvdFeed("2026-11-30T03:00:00.000", TestData.NVD)
				.getBytes(StandardCharsets.UTF_8)));
		assertEquals(ExitCode.OK, run("import", "--store", store.toString(), kev.toString(), nvd.toString()));
		String[] lines = out().split("\\R");
		assertTrue(lines[0].startsWith(kev.toString()) && lines[0].contains("1404"), out());
		assertTrue(lines[1].startsWith(nvd.toString()) && lines[1].contains(" 5 "), out());
		assertTrue(err().contains(kev.toString()), "progress on stderr: " + err());

		assertEquals(ExitCode.OK, run("status", "--store", store.toString()));
		String status = out();
		assertTrue(status.contains("2026-11-30"), status);
		assertTrue(status.contains("1404"), status);
		assertTrue(status.contains(" 5 ") && status.contains(" 4 ") && status.contains(" 1 "), status);
	}

	@Test
	void badFileIsNamedAndStoreUnchanged() throws Exception {
		Path store = temp.resolve("store");
		Path kev = TestData.copy("kev/known_exploited_vulnerabilities.json", temp);
		assertEquals(ExitCode.OK, run("import", "--store", store.toString(), kev.toString()));
		byte[] gz = TestData.gzip(TestData.nvdFeed("2026-11-30T03:00:00.000", TestData.NVD)
				.getBytes(StandardCharsets.UTF_8));
		Path truncated = temp.resolve("nvdcve-2.0-2022.json.gz");
		Files.write(truncated, Arrays.copyOf(gz, gz.length / 2));
		Path jvn = TestData.copy("jvn/getVulnOverviewList_hnd.xml", temp);
		assertEquals(ExitCode.PROBLEMS, run("import", "--store", store.toString(), jvn.toString(), truncated.toString()));
		assertTrue(err().contains(store.toString()), err());
		assertTrue(err().contains(truncated.toString()), err());
		try (VulnerabilityStore s = VulnerabilityStores.open(store)) {
			assertEquals(1404, s.status().kevEntries());
			assertEquals(0, s.status().jvnAdvisories());
		}
	}

	@Test
	void statusWithoutImportShowsTheShippedSnapshotAndItsAge() throws Exception {
		assertEquals(ExitCode.OK, run("status", "--store", temp.resolve("empty").toString()));
		String status = out();
		assertTrue(status.contains("2026-09-07"), status);
		assertTrue(status.contains(" 11 "), status);
		assertTrue(status.lines().count() >= 6, "store line, snapshot line, date, NVD, KEV, JVN, warning: " + status);
		assertFalse(Files.exists(temp.resolve("empty").resolve("current")), "status writes nothing");
	}

	@Test
	void usageErrors() {
		assertEquals(ExitCode.USAGE, run());
		assertEquals(ExitCode.USAGE, run("frobnicate"));
		assertEquals(ExitCode.USAGE, run("import"));
		assertEquals(ExitCode.USAGE, run("import", "--store"));
		assertEquals(ExitCode.USAGE,
				run("status", "--verbose"));
		assertTrue(err().contains("\"--verbose\""), "names the option: " + err());
		assertEquals(ExitCode.PROBLEMS, run("import", "--store", temp.toString(), temp.resolve("nope.json").toString()));
		assertTrue(err().contains("nope.json"), err());
	}
}
