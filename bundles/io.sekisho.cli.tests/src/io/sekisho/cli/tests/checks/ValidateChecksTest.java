package io.sekisho.cli.tests.checks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.cli.ExitCode;
import io.sekisho.cli.tests.CliRun;
import io.sekisho.core.checks.FacilityChecks;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.SekishoFiles;

/** sekishoc validate runs the checks contributed to io.sekisho.core.checks, this fragment's included. */
class ValidateChecksTest {

	@TempDir
	Path dir;

	private Path demoWith(String... deviceNames) throws Exception {
		FacilityWorkbook demo = DemoFacility.build();
		for (String name : deviceNames) {
			Device device = FacilityFactory.eINSTANCE.createDevice();
			device.setName(name);
			demo.getDevices().add(device);
		}
		Path file = dir.resolve("demo.sekisho");
		SekishoFiles.save(demo, file);
		return file;
	}

	@Test
	void aContributedCheckAppearsInValidateWithItsElement() throws Exception {
		CliRun run = CliRun.of("validate", demoWith(TestDeviceCheck.NAME).toString());
		List<String> lines = run.out().lines().filter(l -> l.contains(TestDeviceCheck.MESSAGE)).toList();
		assertEquals(1, lines.size(), run.out());
		String[] columns = lines.get(0).split("\t");
		assertEquals("WARNING", columns[0]);
		assertEquals("/devices[" + TestDeviceCheck.NAME + "]", columns[1]);
		assertTrue(columns[2].contains(TestDeviceCheck.NAME), lines.get(0));
	}

	@Test
	void aThrowingCheckIsNamedWithItsBundleAndTheOtherChecksStillReport() throws Exception {
		CliRun run = CliRun.of("validate", demoWith(ThrowingCheck.NAME, TestDeviceCheck.NAME).toString());
		List<String> failures = run.out().lines().filter(l -> l.contains(ThrowingCheck.REASON)).toList();
		assertEquals(1, failures.size(), run.out());
		String failure = failures.get(0);
		assertTrue(failure.startsWith("WARNING\t/\t"), failure);
		// the registry attributes a fragment's contributions to its host bundle
		assertTrue(failure.contains("io.sekisho.cli") && failure.contains("Throwing test check"), failure);
		// skipped, not fatal: the model's own problems and the check after it are still there
		assertTrue(run.out().contains("/devices[VPN-MEAL01]"), run.out());
		assertTrue(run.out().contains(TestDeviceCheck.MESSAGE), run.out());
		assertTrue(run.exitCode() == ExitCode.OK || run.exitCode() == ExitCode.PROBLEMS, run.err());
	}

	@Test
	void theChecksOfThePlatformAreReadOnceAndRunInOrder() {
		FacilityChecks checks = FacilityChecks.fromPlatform();
		assertTrue(checks == FacilityChecks.fromPlatform(), "read once and kept");
		List<String> ids = checks.checks().stream().map(FacilityChecks.Registered::id).toList();
		assertEquals("io.sekisho.core.checks.model", ids.get(0), ids.toString());
		assertTrue(ids.indexOf("io.sekisho.checklist.checks.answers") < ids.indexOf("io.sekisho.cli.tests.check"), ids.toString());
		assertTrue(ids.contains("io.sekisho.firmware.checks.status"), ids.toString());
		assertTrue(checks.broken().isEmpty(), checks.broken().toString());
	}
}
