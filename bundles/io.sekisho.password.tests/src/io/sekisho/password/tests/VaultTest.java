package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.password.CheckContext;
import io.sekisho.password.FindingCode;
import io.sekisho.password.Verdict;
import io.sekisho.password.fingerprint.Argon2Parameters;
import io.sekisho.password.vault.FacilityKeys;
import io.sekisho.password.vault.FileInstallationSecret;
import io.sekisho.password.vault.FilePasswordVault;
import io.sekisho.password.vault.PasswordVault.Use;

class VaultTest {

	private static final String SHARED = "Vq7#mZ2!kR9w$Lp4"; //$NON-NLS-1$
	/** small parameters keep the test quick; the parameters do not change the logic */
	private static final Argon2Parameters QUICK = new Argon2Parameters(256, 1, 1);

	@TempDir
	Path dir;

	private FilePasswordVault vault() throws IOException {
		return new FilePasswordVault(dir.resolve("vault.tsv"), FileInstallationSecret.loadOrCreate(dir.resolve("vault.key")), QUICK); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void onePasswordAtTwoClientHospitalsIsFlagged() throws IOException {
		FilePasswordVault vault = vault();
		vault.record(SHARED, new Use("facility-a", "厚労記念病院", "vpn-admin")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		vault.record("Hy9~Pe5&Vr2*Kc7=", new Use("facility-a", "厚労記念病院", "ehr-admin")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$

		CheckContext inB = CheckContext.builder(DemoFacility.CATALOG.defaultProfile()).vault(vault, "facility-b").build(); //$NON-NLS-1$
		Verdict verdict = DemoFacility.CHECKER.check(SHARED, inB);
		assertTrue(verdict.has(FindingCode.REUSED_ACROSS_FACILITIES), verdict.findingCodes().toString());
		assertTrue(verdict.findings().get(0).arguments().get(0).contains("厚労記念病院")); //$NON-NLS-1$

		CheckContext inA = CheckContext.builder(DemoFacility.CATALOG.defaultProfile()).vault(vault, "facility-a").build(); //$NON-NLS-1$
		assertTrue(DemoFacility.CHECKER.check(SHARED, inA).accepted(), "use within the same facility is the fingerprints' job"); //$NON-NLS-1$
		assertTrue(DemoFacility.CHECKER.check("N4f;Wc8%tJu3^Ge6", inB).accepted()); //$NON-NLS-1$
	}

	@Test
	void recordingAgainReplacesTheAccountsEntryAndForgetRemovesIt() throws IOException {
		FilePasswordVault vault = vault();
		Use use = new Use("facility-a", "A", "vpn-admin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		vault.record(SHARED, use);
		vault.record("N4f;Wc8%tJu3^Ge6", use); //$NON-NLS-1$
		assertEquals(List.of(), vault.usesElsewhere(SHARED, "facility-b")); //$NON-NLS-1$
		assertEquals(List.of(use), vault.usesElsewhere("N4f;Wc8%tJu3^Ge6", "facility-b")); //$NON-NLS-1$ //$NON-NLS-2$
		vault.forget("facility-a", "vpn-admin"); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), vault.usesElsewhere("N4f;Wc8%tJu3^Ge6", "facility-b")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void filesAreOwnerOnlyAndHoldNoPassword() throws IOException {
		FilePasswordVault vault = vault();
		vault.record(SHARED, new Use("facility-a", "A", "vpn-admin")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		String content = Files.readString(dir.resolve("vault.tsv"), StandardCharsets.UTF_8); //$NON-NLS-1$
		assertFalse(content.contains(SHARED));
		assertFalse(content.contains("Vq7")); //$NON-NLS-1$
		if (Files.getFileStore(dir).supportsFileAttributeView("posix")) { //$NON-NLS-1$
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("vault.tsv")))); //$NON-NLS-1$ //$NON-NLS-2$
			assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(dir.resolve("vault.key")))); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	@Test
	void aVaultOfAnotherInstallationKeyIsRefusedNotSilentlyMissed() throws IOException {
		vault().record(SHARED, new Use("facility-a", "A", "vpn-admin")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(Files.readString(dir.resolve("vault.tsv")).contains("# key-id "), "the vault names its key"); //$NON-NLS-1$ //$NON-NLS-2$
		FilePasswordVault other = new FilePasswordVault(dir.resolve("vault.tsv"), //$NON-NLS-1$
				FileInstallationSecret.loadOrCreate(dir.resolve("other.key")), QUICK); //$NON-NLS-1$
		IOException e = assertThrows(IOException.class, () -> other.usesElsewhere(SHARED, "facility-b")); //$NON-NLS-1$
		assertTrue(e.getMessage().contains("vault.tsv"), e.getMessage()); //$NON-NLS-1$
		assertThrows(IOException.class, () -> other.record(SHARED, new Use("facility-b", "B", "x"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void aCopiedFacilityFileWithItsOwnSaltIsAnotherFacility() throws IOException {
		FilePasswordVault vault = vault();
		byte[] saltA = new byte[32];
		byte[] saltCopy = new byte[32];
		saltCopy[0] = 1;
		String original = FacilityKeys.of("same-id", saltA); //$NON-NLS-1$
		String copy = FacilityKeys.of("same-id", saltCopy); //$NON-NLS-1$
		vault.record(SHARED, new Use(original, "厚労記念病院", "vpn-admin")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(1, vault.usesElsewhere(SHARED, copy).size(), "same id, other salt: reuse across facilities is found"); //$NON-NLS-1$
		assertEquals(List.of(), vault.usesElsewhere(SHARED, original));
		assertEquals(List.of(original), vault.copiesOf(copy), "the copy is named so the user can be warned"); //$NON-NLS-1$
		assertEquals(List.of(), vault.copiesOf(FacilityKeys.of("other-id", saltCopy))); //$NON-NLS-1$
	}

	@Test
	void twoWritersAtOnceLoseNoEntry() throws Exception {
		Path key = dir.resolve("vault.key"); //$NON-NLS-1$
		FileInstallationSecret.loadOrCreate(key);
		int writers = 4;
		Thread[] threads = new Thread[writers];
		Exception[] failures = new Exception[writers];
		for (int i = 0; i < writers; i++) {
			int n = i;
			threads[i] = new Thread(() -> {
				try {
					FilePasswordVault own = new FilePasswordVault(dir.resolve("vault.tsv"), FileInstallationSecret.loadOrCreate(key), QUICK); //$NON-NLS-1$
					for (int j = 0; j < 5; j++) {
						own.record(SHARED, new Use("facility-" + n, "F" + n, "account-" + j)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					}
				} catch (IOException e) {
					failures[n] = e;
				}
			});
			threads[i].start();
		}
		for (Thread t : threads) {
			t.join();
		}
		for (Exception e : failures) {
			if (e != null) {
				throw e;
			}
		}
		assertEquals(writers * 5, vault().usesElsewhere(SHARED, "nobody").size()); //$NON-NLS-1$
		try (var files = Files.list(dir)) {
			assertEquals(List.of("vault.key", "vault.tsv", "vault.tsv.lock"), files.map(p -> p.getFileName().toString()).sorted().toList(), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					"no temporary file left"); //$NON-NLS-1$
		}
	}

	@Test
	void keysCreatedAtOnceAreOneKey() throws Exception {
		Path key = dir.resolve("race.key"); //$NON-NLS-1$
		byte[][] seen = new byte[6][];
		Thread[] threads = new Thread[seen.length];
		java.util.concurrent.CountDownLatch start = new java.util.concurrent.CountDownLatch(1);
		for (int i = 0; i < seen.length; i++) {
			int n = i;
			threads[i] = new Thread(() -> {
				try {
					start.await();
					seen[n] = FileInstallationSecret.loadOrCreate(key).key();
				} catch (Exception e) {
					seen[n] = new byte[0];
				}
			});
			threads[i].start();
		}
		start.countDown();
		for (Thread t : threads) {
			t.join();
		}
		for (byte[] k : seen) {
			assertEquals(java.util.HexFormat.of().formatHex(FileInstallationSecret.loadOrCreate(key).key()), java.util.HexFormat.of().formatHex(k));
		}
	}

	@Test
	void undoingAnAssessmentPutsBackWhatTheVaultHeldBefore() throws IOException {
		FilePasswordVault vault = vault();
		Use use = new Use("facility-a", "A", "vpn-admin"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(vault.recorded("facility-a", "vpn-admin").isEmpty()); //$NON-NLS-1$ //$NON-NLS-2$
		var before = vault.recorded("facility-a", "vpn-admin"); //$NON-NLS-1$ //$NON-NLS-2$
		vault.record(SHARED, use);
		vault.restore("facility-a", "vpn-admin", before); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(), vault.usesElsewhere(SHARED, "facility-b"), "no false 'used elsewhere' after undo"); //$NON-NLS-1$ //$NON-NLS-2$
		vault.record("N4f;Wc8%tJu3^Ge6", use); //$NON-NLS-1$
		var older = vault.recorded("facility-a", "vpn-admin"); //$NON-NLS-1$ //$NON-NLS-2$
		vault.record(SHARED, use);
		vault.restore("facility-a", "vpn-admin", older); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(List.of(use), vault.usesElsewhere("N4f;Wc8%tJu3^Ge6", "facility-b"), "the earlier password's entry is back"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void aVersionOneVaultIsStillReadAndUpgraded() throws IOException {
		FileInstallationSecret secret = FileInstallationSecret.loadOrCreate(dir.resolve("vault.key")); //$NON-NLS-1$
		FilePasswordVault v2025 = new FilePasswordVault(dir.resolve("vault.tsv"), secret, Argon2Parameters.SEKISHO_2025); //$NON-NLS-1$
		v2025.record(SHARED, new Use("facility-a", "A", "vpn-admin")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// rewrite as version 1 did: four columns, no key id
		List<String> lines = Files.readAllLines(dir.resolve("vault.tsv")); //$NON-NLS-1$
		String[] f = lines.get(2).split("\t"); //$NON-NLS-1$
		Files.writeString(dir.resolve("vault.tsv"), "# Sekisho password vault 1\n" + f[0] + "\t" + f[2] + "\t" + f[3] + "\t" + f[4] + "\n"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		FilePasswordVault current = new FilePasswordVault(dir.resolve("vault.tsv"), secret, QUICK); //$NON-NLS-1$
		assertEquals(1, current.usesElsewhere(SHARED, "facility-b").size(), "old tags still match"); //$NON-NLS-1$ //$NON-NLS-2$
		current.record(SHARED, new Use("facility-c", "C", "x")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertEquals(2, current.usesElsewhere(SHARED, "facility-b").size()); //$NON-NLS-1$
		assertTrue(Files.readString(dir.resolve("vault.tsv")).contains("# key-id ")); //$NON-NLS-1$ //$NON-NLS-2$
	}

	@Test
	void keyFileReadableByOthersIsRefused() throws IOException {
		Path key = dir.resolve("vault.key"); //$NON-NLS-1$
		FileInstallationSecret.loadOrCreate(key);
		if (!Files.getFileStore(dir).supportsFileAttributeView("posix")) { //$NON-NLS-1$
			return;
		}
		Files.setPosixFilePermissions(key, PosixFilePermissions.fromString("rw-r--r--")); //$NON-NLS-1$
		IOException e = assertThrows(IOException.class, () -> FileInstallationSecret.loadOrCreate(key));
		assertTrue(e.getMessage().contains(key.toString()), e.getMessage());
	}

	@Test
	void malformedVaultLineNamesFileAndLine() throws IOException {
		Path file = dir.resolve("vault.tsv"); //$NON-NLS-1$
		Files.writeString(file, "# header\nnot a vault line\n"); //$NON-NLS-1$
		FilePasswordVault vault = new FilePasswordVault(file, FileInstallationSecret.loadOrCreate(dir.resolve("vault.key")), QUICK); //$NON-NLS-1$
		IOException e = assertThrows(IOException.class, () -> vault.usesElsewhere(SHARED, "x")); //$NON-NLS-1$
		assertTrue(e.getMessage().contains(file.toString()) && e.getMessage().contains("2"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void onWindowsTheKeyLivesInTheLocalProfileNotTheRoamingOne() {
		java.util.Map<String, String> env = java.util.Map.of("APPDATA", "C:\\Users\\yamada\\AppData\\Roaming", //$NON-NLS-1$ //$NON-NLS-2$
				"LOCALAPPDATA", "C:\\Users\\yamada\\AppData\\Local"); //$NON-NLS-1$ //$NON-NLS-2$
		Path folder = io.sekisho.core.ConfigFolder.resolve(null, "Windows 11", env, "C:\\Users\\yamada"); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(folder.toString().contains("Local") && !folder.toString().contains("Roaming"), folder.toString()); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals(Path.of("/home/u/.config/sekisho"), io.sekisho.core.ConfigFolder.resolve(null, "Linux", java.util.Map.of(), "/home/u")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	@Test
	void theConfigurationFolderIsCreatedOwnerOnly() throws IOException {
		Path config = dir.resolve("new-config"); //$NON-NLS-1$
		new FilePasswordVault(config.resolve("vault.tsv"), FileInstallationSecret.loadOrCreate(config.resolve("vault.key")), QUICK) //$NON-NLS-1$ //$NON-NLS-2$
				.record(SHARED, new Use("facility-a", "A", "x")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		if (Files.getFileStore(dir).supportsFileAttributeView("posix")) { //$NON-NLS-1$
			assertEquals("rwx------", PosixFilePermissions.toString(Files.getPosixFilePermissions(config))); //$NON-NLS-1$
		}
	}
}
