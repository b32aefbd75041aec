package io.sekisho.ui.internal.wizards;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

import org.eclipse.core.runtime.IStatus;
import org.junit.jupiter.api.Test;

import io.sekisho.password.breached.BreachedIndex;

/** The breached-password import as the wizard runs it: a background job into an index file. */
class BreachedImportJobTest {

	@Test
	void importedHashesAreFoundAndAMalformedLineIsReportedWithItsNumber() throws Exception {
		Path dir = Files.createTempDirectory("sekisho-breached");
		Path data = dir.resolve("pwned.txt");
		List<String> lines = Stream.of("password1", "KoroHospital", "qwerty123")
				.map(p -> sha1(p) + ":" + (p.length() * 7)).sorted().toList();
		Files.write(data, lines, StandardCharsets.US_ASCII);
		Path index = dir.resolve("breached.idx");

		BreachedImportJob job = new BreachedImportJob(data, index);
		job.schedule();
		job.join();
		assertTrue(job.getResult().getSeverity() <= IStatus.INFO, String.valueOf(job.getResult()));
		try (BreachedIndex opened = BreachedIndex.open(index)) {
			assertEquals(3, opened.size());
			assertTrue(opened.contains("KoroHospital"));
			assertFalse(opened.contains("KoroHospital!"));
		}

		Path broken = dir.resolve("broken.txt");
		Files.writeString(broken, lines.get(0) + "\nNOT-A-HASH\n", StandardCharsets.US_ASCII);
		BreachedImportJob failing = new BreachedImportJob(broken, index);
		failing.schedule();
		failing.join();
		assertEquals(IStatus.ERROR, failing.getResult().getSeverity());
		assertTrue(failing.getResult().getMessage().contains("2"), failing.getResult().getMessage());
		try (BreachedIndex kept = BreachedIndex.open(index)) {
			assertEquals(3, kept.size(), "a failed import leaves the previous index");
		}
	}

	private static String sha1(String text) {
		try {
			return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
		} catch (java.security.NoSuchAlgorithmException e) {
			throw new IllegalStateException(e);
		}
	}
}
