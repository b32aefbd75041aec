package io.sekisho.cli.tests.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.cli.ExitCode;
import io.sekisho.cli.tests.CliRun;
import io.sekisho.model.persistence.AtomicFileWriter;

/** sekishoc demo and sekishoc validate, run in-process. */
class ModelCommandsTest {

	@TempDir
	Path dir;

	@Test
	void demoWritesAFileWhoseOnlyErrorIsTheKnownExploitedGateway() throws IOException {
		Path file = dir.resolve("demo.sekisho");
		CliRun demo = CliRun.of("demo", "--out", file.toString());
		assertEquals(ExitCode.OK, demo.exitCode(), demo.err());
		assertTrue(demo.out().contains("150"), demo.out());
		assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("厚労記念病院"));

		CliRun validate = CliRun.of("validate", file.toString());
		List<String> lines = validate.out().lines().toList();
		// kept in the build folder for reading
		Files.writeString(Path.of("target", "validate-demo.txt"), validate.out() + validate.err(), StandardCharsets.UTF_8);
		for (String line : lines) {
			String[] parts = line.split("\t");
			assertEquals(3, parts.length, line);
			assertTrue(parts[1].startsWith("/"), "element path: " + line);
		}
		// the model: the caterer's VPN (device and connection: source restriction and logging unknown) and the CT
		// past its end of support (the network map's rules may name the same elements once more)
		assertTrue(lines.stream().filter(l -> l.startsWith("WARNING\t/devices[VPN-MEAL01]\t")).count() >= 2, validate.out());
		assertTrue(lines.stream().filter(l -> l.startsWith("WARNING\t/externalConnections[給食委託先 常時接続 VPN]\t")).count() >= 2, validate.out());
		assertTrue(lines.stream().filter(l -> l.startsWith("WARNING\t/devices[CT-01]\t")).count() >= 1, validate.out());
		// the firmware register: the EHR vendor's FortiGate is its one error (the network map's rules, in this runtime
		// since every module contributes its checks, report the demo's network design on /devices, /links ...)
		List<String> errors = lines.stream().filter(l -> l.startsWith("ERROR\t/firmwareRecords")).toList();
		assertEquals(1, errors.size(), validate.out());
		assertTrue(errors.get(0).contains("FGT-EHR01") && errors.get(0).contains("CVE-2018-13379"), errors.get(0));
		assertEquals(ExitCode.PROBLEMS, validate.exitCode(), validate.err());
		assertTrue(validate.err().contains(file.toString()), validate.err());
	}

	@Test
	void validateExitsOneOnErrorsAndNamesTheElement() throws IOException {
		Path file = dir.resolve("dup.sekisho");
		assertEquals(ExitCode.OK, CliRun.of("demo", "--out", file.toString()).exitCode());
		Files.writeString(file, Files.readString(file).replace("name=\"EHR-PC002\"", "name=\"EHR-PC001\""));

		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(ExitCode.PROBLEMS, run.exitCode(), run.out() + run.err());
		List<String> errors = run.out().lines().filter(l -> l.contains("/devices[EHR-PC001]")).toList();
		assertEquals(2, errors.size(), run.out());
		assertTrue(errors.get(0).contains("EHR-PC001"), errors.get(0));
	}

	@Test
	void validateWarnsAboutAYesTheModelContradicts() throws IOException {
		Path file = dir.resolve("contradicted.sekisho");
		assertEquals(ExitCode.OK, CliRun.of("demo", "--out", file.toString()).exitCode());
		// the demo answers はい to the inventory item 2-①; a device in use without maker, model or place contradicts it
		io.sekisho.model.facility.FacilityWorkbook workbook = io.sekisho.model.persistence.SekishoFiles.loadWorkbook(file);
		io.sekisho.model.facility.Device device = workbook.getDevices().stream()
				.filter(d -> d.getStatus() == io.sekisho.model.facility.DeviceStatus.IN_USE && d.getManufacturer() != null)
				.findFirst().orElseThrow();
		device.setManufacturer(null);
		io.sekisho.model.persistence.SekishoFiles.save(workbook, file);

		CliRun run = CliRun.of("validate", file.toString());
		// the firmware register's one error is the demo's known exploited gateway; the edit adds no error
		assertEquals(1, run.out().lines().filter(l -> l.startsWith("ERROR\t/firmwareRecords")).count(), run.out());
		assertTrue(run.out().lines().filter(l -> l.startsWith("ERROR")).noneMatch(l -> l.contains("2-①")), run.out());
		List<String> contradicted = run.out().lines().filter(l -> l.contains("2-①") && l.contains("yes")).toList();
		assertEquals(2, contradicted.size(), "last year's R7 and this year's R8 both answered はい: " + run.out());
		assertTrue(contradicted.get(0).startsWith("WARNING\t/checklistAssessments"), contradicted.get(0));
		assertTrue(contradicted.get(0).contains(device.getName()), "the reason names the device: " + contradicted.get(0));
	}

	@Test
	void validateReportsACorruptFileWithLineAndColumn() throws IOException {
		Path file = dir.resolve("cut.sekisho");
		assertEquals(ExitCode.OK, CliRun.of("demo", "--out", file.toString()).exitCode());
		String xml = Files.readString(file);
		String cut = xml.substring(0, xml.indexOf('\n', xml.length() / 3));
		Files.writeString(file, cut);

		CliRun run = CliRun.of("validate", file.toString());
		assertEquals(ExitCode.PROBLEMS, run.exitCode());
		assertTrue(run.err().matches("(?s).*" + java.util.regex.Pattern.quote(file.toString()) + ":\\d+:\\d+: .*"), run.err());
		assertEquals(cut, Files.readString(file), "never written to");
	}

	@Test
	void validateUsageAndMissingFile() {
		assertEquals(ExitCode.USAGE, CliRun.of("validate").exitCode());
		assertEquals(ExitCode.USAGE, CliRun.of("validate", "a.sekisho", "b.sekisho").exitCode());
		Path missing = dir.resolve("missing.sekisho");
		CliRun run = CliRun.of("validate", missing.toString());
		assertEquals(ExitCode.PROBLEMS, run.exitCode());
		assertTrue(run.err().contains(missing.toString()), run.err());
	}

	@Test
	void demoNeedsOutAndDoesNotOverwriteWithoutForce() throws IOException {
		assertEquals(ExitCode.USAGE, CliRun.of("demo").exitCode());
		assertEquals(ExitCode.USAGE, CliRun.of("demo", "--out").exitCode());
		Path file = dir.resolve("mine.sekisho");
		Files.writeString(file, "precious");
		CliRun refused = CliRun.of("demo", "--out", file.toString());
		assertEquals(ExitCode.PROBLEMS, refused.exitCode());
		assertTrue(refused.err().contains("--force"), refused.err());
		assertEquals("precious", Files.readString(file));

		assertEquals(ExitCode.OK, CliRun.of("demo", "--out", file.toString(), "--force").exitCode());
		assertEquals("precious", Files.readString(AtomicFileWriter.backupOf(file)));
	}

	@Test
	void helpListsTheModelCommands() {
		CliRun help = CliRun.of("help");
		assertTrue(help.out().contains("validate FILE"), help.out());
		assertTrue(help.out().contains("demo --out FILE"), help.out());
	}
}
