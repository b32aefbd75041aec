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
	void anotherInstallationKeyCannotMatchTheTags() throws IOException {
		vault().record(SHARED, new Use("facility-a", "A", "vpn-admin")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		FilePasswordVault stolen = new FilePasswordVault(dir.resolve("vault.tsv"), //$NON-NLS-1$
				FileInstallationSecret.loadOrCreate(dir.resolve("other.key")), QUICK); //$NON-NLS-1$
		assertEquals(List.of(), stolen.usesElsewhere(SHARED, "facility-b")); //$NON-NLS-1$
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
}
