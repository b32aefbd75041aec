package io.sekisho.cli.tests.password;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.cli.ExitCode;
import io.sekisho.cli.tests.CliRun;
import io.sekisho.core.ConfigFolder;
import io.sekisho.model.persistence.FacilityFiles;

/** Issue 19, findings 4, 6 and 13: what a facility file may not choose or hide. */
class HostilePasswordFilesTest {

	private static final String PASSWORD = "Vq7#mZ2!kR9w$Lp4"; //$NON-NLS-1$

	@TempDir
	Path dir;
	private String previousConfig;

	@BeforeEach
	void isolateConfigFolder() {
		previousConfig = System.getProperty(ConfigFolder.PROPERTY);
		System.setProperty(ConfigFolder.PROPERTY, dir.resolve("config").toString()); //$NON-NLS-1$
	}

	@AfterEach
	void restoreConfigFolder() {
		if (previousConfig == null) {
			System.clearProperty(ConfigFolder.PROPERTY);
		} else {
			System.setProperty(ConfigFolder.PROPERTY, previousConfig);
		}
	}

	private Path hostile(String name) throws IOException {
		Path file = dir.resolve(name);
		try (InputStream in = getClass().getClassLoader().getResourceAsStream("resources/hostile/" + name)) { //$NON-NLS-1$
			Files.write(file, in.readAllBytes());
		}
		return file;
	}

	@Test
	void aFileCannotChooseTheArgon2Cost() throws IOException {
		Path file = hostile("crafted-cost.sekisho"); //$NON-NLS-1$
		long start = System.nanoTime();
		CliRun check = CliRun.withInput(PASSWORD + "\n", "passwords", "check", "--facility", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ExitCode.PROBLEMS, check.exitCode(), check.err());
		assertTrue(check.err().contains(file.toString()) && check.err().contains("m=16777216"), check.err()); //$NON-NLS-1$
		assertEquals("", check.out(), "no verdict: nothing was checked"); //$NON-NLS-1$ //$NON-NLS-2$
		CliRun assess = CliRun.withInput("admin\t" + PASSWORD + "\n", "passwords", "assess", file.toString(), "--no-vault"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(ExitCode.PROBLEMS, assess.exitCode(), assess.err());
		assertTrue(System.nanoTime() - start < 60_000_000_000L, "refused before any 16 GiB computation"); //$NON-NLS-1$
	}

	@Test
	void aSaltOfOneByteIsRefusedByCheckAndAssess() throws IOException {
		Path file = hostile("short-salt.sekisho"); //$NON-NLS-1$
		String before = Files.readString(file);
		CliRun check = CliRun.withInput(PASSWORD + "\n", "passwords", "check", "--facility", file.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ExitCode.PROBLEMS, check.exitCode(), check.out());
		assertTrue(check.err().contains("1 bytes") && check.err().contains("16"), check.err()); //$NON-NLS-1$ //$NON-NLS-2$
		CliRun assess = CliRun.withInput("admin\t" + PASSWORD + "\n", "passwords", "assess", file.toString(), "--no-vault"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		assertEquals(ExitCode.PROBLEMS, assess.exitCode(), assess.out());
		assertEquals(before, Files.readString(file), "nothing saved");
	}

	@Test
	void twoCopiesOfTheDemoAreTwoFacilitiesForTheVault() throws IOException {
		Path first = dir.resolve("first.sekisho"); //$NON-NLS-1$
		Path second = dir.resolve("second.sekisho"); //$NON-NLS-1$
		assertEquals(ExitCode.OK, CliRun.of("demo", "--out", first.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(ExitCode.OK, CliRun.of("demo", "--out", second.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
		var a = FacilityFiles.load(first).workbook();
		var b = FacilityFiles.load(second).workbook();
		assertEquals(a.getId(), b.getId(), "the demo keeps its id (returned demo workbooks belong to it)");
		assertFalse(java.util.Arrays.equals(a.getFingerprintSalt(), b.getFingerprintSalt()), "each copy gets a fresh salt");
		assertTrue(a.getFingerprintSalt().length >= 16);

		String account = a.getAccounts().get(0).getId();
		CliRun assess = CliRun.withInput(account + "\t" + PASSWORD + "\n", "passwords", "assess", first.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(assess.exitCode() == ExitCode.OK || assess.exitCode() == ExitCode.PROBLEMS, assess.err());
		CliRun check = CliRun.withInput(PASSWORD + "\n", "passwords", "check", "--facility", second.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertTrue(check.out().contains("reused-across-facilities"), "the copy does not hide reuse: " + check.out()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(check.err().contains("salt"), "and the user is warned about the copies: " + check.err()); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void aFileCarryingTheDemosIdDoesNotHideReuseWithTheDemo() throws IOException {
		Path demo = dir.resolve("demo.sekisho"); //$NON-NLS-1$
		assertEquals(ExitCode.OK, CliRun.of("demo", "--out", demo.toString()).exitCode()); //$NON-NLS-1$ //$NON-NLS-2$
		String account = FacilityFiles.load(demo).workbook().getAccounts().get(0).getId();
		CliRun.withInput(account + "\t" + PASSWORD + "\n", "passwords", "assess", demo.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Path crafted = hostile("same-id-as-demo.sekisho"); //$NON-NLS-1$
		assertEquals(FacilityFiles.load(demo).workbook().getId(), FacilityFiles.load(crafted).workbook().getId());
		CliRun assess = CliRun.withInput("admin\t" + PASSWORD + "\n", "passwords", "assess", crafted.toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		assertEquals(ExitCode.PROBLEMS, assess.exitCode(), assess.out() + assess.err());
		assertTrue(assess.out().contains("REJECT") && assess.out().contains("reused-across-facilities"), assess.out()); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(assess.err().contains("salt"), "the copy is named in a warning: " + assess.err()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
