package io.sekisho.cli.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import io.sekisho.cli.ExitCode;
import io.sekisho.cli.internal.CommandRegistry;

class SekishocTest {

	@Test
	void versionPrintsTheBundleVersionAndExitsZero() {
		CliRun run = CliRun.of("version");
		assertEquals(ExitCode.OK, run.exitCode(), run.err());
		assertTrue(run.out().startsWith("Sekisho 0.1.0"), run.out());
		assertTrue(run.out().contains("Java " + System.getProperty("java.version")), run.out());
		assertEquals("", run.err());
	}

	@Test
	void unknownCommandExitsTwoWithUsageOnStderr() {
		CliRun run = CliRun.of("bogus");
		assertEquals(ExitCode.USAGE, run.exitCode());
		assertEquals("", run.out());
		assertTrue(run.err().contains("bogus"), run.err());
		assertTrue(run.err().contains("sekishoc"), run.err());
		assertTrue(run.err().contains("version"), "usage lists the commands: " + run.err());
	}

	@Test
	void noArgumentsIsAUsageError() {
		CliRun run = CliRun.of();
		assertEquals(ExitCode.USAGE, run.exitCode());
		assertTrue(run.err().contains("help"), run.err());
	}

	@Test
	void helpListsEveryContributedCommandOnStdout() {
		CliRun run = CliRun.of("help");
		assertEquals(ExitCode.OK, run.exitCode());
		CommandRegistry.fromPlatform().all().forEach(d -> assertTrue(run.out().contains(d.usage()), d.name()));
		assertTrue(run.out().contains("help [COMMAND"), run.out());
	}

	@Test
	void helpOfOneCommandAndOfAnUnknownOne() {
		CliRun one = CliRun.of("help", "version");
		assertEquals(ExitCode.OK, one.exitCode());
		assertTrue(one.out().contains("sekishoc version"), one.out());
		CliRun unknown = CliRun.of("help", "nope");
		assertEquals(ExitCode.USAGE, unknown.exitCode());
		assertTrue(unknown.err().contains("nope"), unknown.err());
	}

	@Test
	void extraArgumentToVersionIsAUsageError() {
		CliRun run = CliRun.of("version", "--frobnicate");
		assertEquals(ExitCode.USAGE, run.exitCode());
		assertTrue(run.err().contains("--frobnicate"), run.err());
		assertTrue(run.err().contains("sekishoc version"), run.err());
	}

	@Test
	void longOptionsAliasHelpAndVersion() {
		assertEquals(ExitCode.OK, CliRun.of("--help").exitCode());
		assertEquals(ExitCode.OK, CliRun.of("--version").exitCode());
	}

	@Test
	void anErrorInACommandExitsThreeWithAMessage() {
		CliRun run = CliRun.of("test-error");
		assertEquals(ExitCode.INTERNAL_ERROR, run.exitCode());
		assertTrue(run.err().contains("test-error"), run.err());
		assertTrue(run.err().contains("OutOfMemoryError"), run.err());
	}
}
