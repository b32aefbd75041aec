package io.sekisho.password.tests.faults;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.password.breached.BreachedImporter;
import io.sekisho.password.breached.BreachedIndex;
import io.sekisho.password.fingerprint.Argon2Parameters;
import io.sekisho.password.vault.FileInstallationSecret;
import io.sekisho.password.vault.FilePasswordVault;
import io.sekisho.password.vault.PasswordVault.Use;
import io.sekisho.testing.faults.ChildJvm;
import io.sekisho.testing.faults.ChildJvm.Outcome;
import io.sekisho.testing.faults.Fault;

/**
 * The vault and the breached index written by a child JVM that fails at every step (stream error at the first byte,
 * in the middle, near the end; disk full; fsync failing; SIGKILL between write and rename): the previous file is
 * byte for byte intact and still answers, the error names the file, no temporary file is left except after the
 * kill, and that one is owner-only.
 */
class PasswordFilesFaultTest {

	private static final Argon2Parameters QUICK = new Argon2Parameters(256, 1, 1);

	@TempDir
	Path dir;

	private static FilePasswordVault vault(Path folder) throws Exception {
		return new FilePasswordVault(folder.resolve("vault.tsv"), FileInstallationSecret.loadOrCreate(folder.resolve("vault.key")), QUICK); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** In the child: one more password recorded in the vault of folder args[0]. */
	static void recordOne(String[] args) throws Exception {
		vault(Path.of(args[0])).record("新しい合言葉-§", new Use("koro/NEW", "追加施設", "acct-new")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	/** In the child: the breached file args[0] imported into the index args[1]. */
	static void importBreached(String[] args) throws Exception {
		new BreachedImporter((lines, read, total) -> {
		}).importInto(Path.of(args[0]), Path.of(args[1]));
	}

	@Test
	void theVaultSurvivesEveryFaultOfAWrite() throws Exception {
		FilePasswordVault vault = vault(dir);
		for (int i = 0; i < 40; i++) {
			vault.record("password-" + i, new Use("clinic/A", "試験クリニック", "acct-" + i)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		}
		Path file = vault.file();
		byte[] previous = Files.readAllBytes(file);
		Set<Path> expected = Set.of(file, dir.resolve("vault.key"), dir.resolve("vault.tsv.lock")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Fault fault : Fault.everyStep(previous.length)) {
			Outcome outcome = ChildJvm.run(fault, ".vault.tsv.*.tmp", PasswordFilesFaultTest.class, "recordOne", dir.toString()); //$NON-NLS-1$ //$NON-NLS-2$
			checkFailed(fault, outcome, file);
			assertArrayEquals(previous, Files.readAllBytes(file), fault + ": the previous vault is intact"); //$NON-NLS-1$
			assertEquals(1, vault(dir).usesElsewhere("password-7", "clinic/B").size(), fault + ": and answers"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			removeWhatTheKillLeft(fault, dir, expected);
		}
		Outcome control = ChildJvm.run(Fault.NONE, ".vault.tsv.*.tmp", PasswordFilesFaultTest.class, "recordOne", dir.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(0, control.exitCode(), control.toString());
		assertEquals(1, vault(dir).usesElsewhere("新しい合言葉-§", "clinic/B").size(), "without a fault the child records"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		removeWhatTheKillLeft(Fault.NONE, dir, expected);
	}

	@Test
	void theBreachedIndexSurvivesEveryFaultOfAnImport() throws Exception {
		Path config = Files.createDirectories(dir.resolve("config")); //$NON-NLS-1$
		Path index = config.resolve(BreachedIndex.FILE_NAME);
		Path small = Files.writeString(dir.resolve("small.txt"), hibp(3)); //$NON-NLS-1$
		Path large = Files.writeString(dir.resolve("large.txt"), hibp(5000)); //$NON-NLS-1$
		new BreachedImporter((lines, read, total) -> {
		}).importInto(small, index);
		byte[] previous = Files.readAllBytes(index);
		long expectedSize = Files.size(index) + 4997L * 22;
		for (Fault fault : Fault.everyStep(expectedSize)) {
			Outcome outcome = ChildJvm.run(fault, ".breached.idx.*.tmp", PasswordFilesFaultTest.class, "importBreached", large.toString(), //$NON-NLS-1$ //$NON-NLS-2$
					index.toString());
			checkFailed(fault, outcome, index);
			assertArrayEquals(previous, Files.readAllBytes(index), fault + ": the previous index is intact"); //$NON-NLS-1$
			try (BreachedIndex opened = BreachedIndex.open(index)) {
				assertEquals(3, opened.size(), fault + ": and opens"); //$NON-NLS-1$
				assertTrue(opened.contains("password-1"), fault.toString()); //$NON-NLS-1$
			}
			removeWhatTheKillLeft(fault, config, Set.of(index));
		}
		Outcome control = ChildJvm.run(Fault.NONE, ".breached.idx.*.tmp", PasswordFilesFaultTest.class, "importBreached", large.toString(), //$NON-NLS-1$ //$NON-NLS-2$
				index.toString());
		assertEquals(0, control.exitCode(), control.toString());
		try (BreachedIndex opened = BreachedIndex.open(index)) {
			assertEquals(5000, opened.size(), "without a fault the child imports"); //$NON-NLS-1$
		}
	}

	private static void checkFailed(Fault fault, Outcome outcome, Path file) {
		assertTrue(outcome.faultFired(), fault + ": the fault fired\n" + outcome); //$NON-NLS-1$
		if (fault.kills()) {
			assertTrue(outcome.killed(), fault + ": killed\n" + outcome); //$NON-NLS-1$
		} else {
			assertEquals(1, outcome.exitCode(), fault + ": the write failed\n" + outcome); //$NON-NLS-1$
			assertTrue(outcome.errors().contains(file.toString()), fault + ": the error names " + file + "\n" + outcome.errors()); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Only the expected files are there; a temporary file the kill left must be owner-only, and is removed. */
	private static void removeWhatTheKillLeft(Fault fault, Path folder, Set<Path> expected) throws Exception {
		List<Path> others;
		try (Stream<Path> files = Files.list(folder)) {
			others = files.filter(p -> !expected.contains(p)).sorted().toList();
		}
		for (Path left : others) {
			assertTrue(fault.kills(), fault + ": no temporary file is left: " + left); //$NON-NLS-1$
			assertEquals("rw-------", java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(left)), //$NON-NLS-1$
					fault + ": the file the kill left is owner-only"); //$NON-NLS-1$
			Files.delete(left);
		}
	}

	/** N lines of Have I Been Pwned's format, sorted, for the passwords password-0 ... */
	private static String hibp(int n) throws Exception {
		MessageDigest sha1 = MessageDigest.getInstance("SHA-1"); //$NON-NLS-1$
		return Stream.iterate(0, i -> i + 1).limit(n)
				.map(i -> HexFormat.of().withUpperCase().formatHex(sha1.digest(("password-" + i).getBytes(StandardCharsets.UTF_8)))) //$NON-NLS-1$
				.sorted().map(h -> h + ":" + (h.length() + 1) + "\r\n").collect(java.util.stream.Collectors.joining()); //$NON-NLS-1$ //$NON-NLS-2$
	}
}
