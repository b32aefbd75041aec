package io.sekisho.netmap.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.cli.CommandIO;
import io.sekisho.cli.ExitCode;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.persistence.SekishoFiles;
import io.sekisho.netmap.analysis.AnalysisReport;
import io.sekisho.netmap.analysis.NetworkAnalysis;

/** sekishoc validate shows the network map's problems, through the check io.sekisho.netmap.checks.rules (issue 12). */
class NetmapValidateTest {

	@TempDir
	Path dir;

	/** Runs sekishoc validate as the command line does: the command contributed under the name validate. */
	private static String[] validate(Path file) throws Exception {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ByteArrayOutputStream err = new ByteArrayOutputStream();
		int code = io.sekisho.cli.Sekishoc.run(new CommandIO(new ByteArrayInputStream(new byte[0]),
				new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8)), "validate", file.toString());
		return new String[] { String.valueOf(code), out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8) };
	}

	@Test
	void theDemosNetworkProblemsAppearInValidate() throws Exception {
		Path file = dir.resolve("demo.sekisho");
		SekishoFiles.save(DemoFacility.build(), file);
		String[] run = validate(file);
		String out = run[1];
		// kept in the build folder for reading (the note on the demo's problems was written from it)
		java.nio.file.Files.writeString(Path.of("target", "validate-demo.txt"), out + run[2], StandardCharsets.UTF_8);
		assertEquals(String.valueOf(ExitCode.PROBLEMS), run[0], run[2]);
		// the caterer's always-on VPN into the hospital network, named on its external connection (the path's first element)
		assertTrue(out.lines().anyMatch(l -> l.startsWith("ERROR\t/externalConnections[給食委託先 常時接続 VPN]\t") && l.contains("CORE-SW01")),
				out);
		// the EHR vendor's VPN without source restriction
		assertTrue(out.lines().anyMatch(l -> l.startsWith("WARNING\t/devices[FGT-EHR01]\t")), out);
		// every result of the rules is a line: as many as sekishoc netmap analyze prints
		AnalysisReport report = NetworkAnalysis.fromPlatform().run(SekishoFiles.loadWorkbook(file));
		long ruleErrors = report.results().stream().filter(r -> r.severity().diagnostic() >= org.eclipse.emf.common.util.Diagnostic.ERROR).count();
		long errors = out.lines().filter(l -> l.startsWith("ERROR\t")).count();
		assertTrue(errors >= ruleErrors, errors + " errors, of the rules alone " + ruleErrors + ":\n" + out);
		// the fragment's broken rule is reported with its bundle, as a warning about the facility as a whole
		assertTrue(out.lines().anyMatch(l -> l.startsWith("WARNING\t/\t") && l.contains("TEST-BROKEN")), out);
		assertTrue(run[2].contains(file.toString()), run[2]);
	}

	/** Reports how long each check takes on the demo (warm), for the note on the Problems view's delay. */
	@Test
	void timeOfEachCheckOnTheDemo() throws Exception {
		io.sekisho.model.facility.FacilityWorkbook demo = DemoFacility.build();
		io.sekisho.core.checks.FacilityChecks checks = io.sekisho.core.checks.FacilityChecks.fromPlatform();
		for (int round = 0; round < 5; round++) {
			StringBuilder line = new StringBuilder("checks on the demo, round " + round + ":");
			for (io.sekisho.core.checks.FacilityChecks.Registered check : checks.checks()) {
				long start = System.nanoTime();
				int n = check.check().check(demo, new io.sekisho.core.checks.CheckContext(java.time.LocalDate.now(), check.id())).size();
				line.append(' ').append(check.id()).append('=').append((System.nanoTime() - start) / 1_000_000).append("ms/").append(n);
			}
			System.out.println(line);
		}
		assertTrue(checks.run(demo).errors() > 0);
	}
}
