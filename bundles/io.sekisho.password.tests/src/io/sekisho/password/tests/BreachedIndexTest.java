package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import io.sekisho.password.CheckContext;
import io.sekisho.password.FindingCode;
import io.sekisho.password.breached.BreachedFormatException;
import io.sekisho.password.breached.BreachedImporter;
import io.sekisho.password.breached.BreachedIndex;

class BreachedIndexTest {

	/** passwords a checker would otherwise accept: only the breach data can flag them */
	private static final Map<String, Long> BREACHED = Map.of("Vq7#mZ2!kR9w$Lp4", 3L, "Hy9~Pe5&Vr2*Kc7=", 4_000_000_000L, //$NON-NLS-1$ //$NON-NLS-2$
			"password", 10_000_000L, "correct horse battery staple", 412L); //$NON-NLS-1$ //$NON-NLS-2$

	@TempDir
	Path dir;

	private static String sha1(String s) throws Exception {
		return HexFormat.of().withUpperCase().formatHex(MessageDigest.getInstance("SHA-1").digest(s.getBytes(StandardCharsets.UTF_8))); //$NON-NLS-1$
	}

	/** the HIBP layout: hashes in ascending order, with filler hashes around them */
	private TreeMap<String, Long> hashes() throws Exception {
		TreeMap<String, Long> all = new TreeMap<>();
		for (Map.Entry<String, Long> e : BREACHED.entrySet()) {
			all.put(sha1(e.getKey()), e.getValue());
		}
		for (int i = 0; i < 2000; i++) {
			all.put(sha1("filler-" + i), (long) i + 1); //$NON-NLS-1$
		}
		return all;
	}

	private Path prefixDirectory(TreeMap<String, Long> hashes) throws IOException {
		Path range = Files.createDirectories(dir.resolve("range")); //$NON-NLS-1$
		Map<String, StringBuilder> files = new TreeMap<>();
		hashes.forEach((h, c) -> files.computeIfAbsent(h.substring(0, 5), k -> new StringBuilder()).append(h.substring(5)).append(':').append(c).append("\r\n")); //$NON-NLS-1$
		for (Map.Entry<String, StringBuilder> e : files.entrySet()) {
			Files.writeString(range.resolve(e.getKey() + ".txt"), e.getValue()); //$NON-NLS-1$
		}
		Files.writeString(range.resolve("README.md"), "not a prefix file, ignored"); //$NON-NLS-1$ //$NON-NLS-2$
		return range;
	}

	@Test
	void perPrefixDirectoryImportsIntoACompactIndexWithExactLookups() throws Exception {
		TreeMap<String, Long> hashes = hashes();
		List<long[]> progress = new ArrayList<>();
		Path index = dir.resolve("breached.idx"); //$NON-NLS-1$
		long count = new BreachedImporter((l, b, t) -> progress.add(new long[] { l, b, t })).importInto(prefixDirectory(hashes), index);
		assertEquals(hashes.size(), count);
		assertEquals(8 + 8 + 65536 * 8 + 22L * hashes.size(), Files.size(index), "22 bytes per hash after the fan-out table"); //$NON-NLS-1$
		assertFalse(progress.isEmpty());
		long[] last = progress.get(progress.size() - 1);
		assertEquals(hashes.size(), last[0]);
		assertEquals(last[2], Files.walk(dir.resolve("range")).filter(p -> p.getFileName().toString().endsWith(".txt")) //$NON-NLS-1$ //$NON-NLS-2$
				.mapToLong(p -> p.toFile().length()).sum());
		try (BreachedIndex breached = BreachedIndex.open(index)) {
			assertEquals(hashes.size(), breached.size());
			assertEquals(3, breached.occurrences("Vq7#mZ2!kR9w$Lp4")); //$NON-NLS-1$
			assertEquals(4_000_000_000L, breached.occurrences("Hy9~Pe5&Vr2*Kc7=")); //$NON-NLS-1$
			assertEquals(412, breached.occurrences(new StringBuilder("correct horse battery staple"))); //$NON-NLS-1$
			assertEquals(0, breached.occurrences("N4f;Wc8%tJu3^Ge6")); //$NON-NLS-1$
			assertEquals(0, breached.occurrences("Vq7#mZ2!kR9w$Lp5")); //$NON-NLS-1$
			for (int i = 0; i < 2000; i += 97) {
				assertEquals(i + 1, breached.occurrences("filler-" + i)); //$NON-NLS-1$
			}
			CheckContext context = CheckContext.builder(DemoFacility.CATALOG.defaultProfile()).breached(breached).build();
			assertEquals(List.of(FindingCode.BREACHED_PASSWORD.code()), DemoFacility.CHECKER.check("Vq7#mZ2!kR9w$Lp4", context).findingCodes()); //$NON-NLS-1$
			assertTrue(DemoFacility.CHECKER.check("N4f;Wc8%tJu3^Ge6", context).accepted()); //$NON-NLS-1$
		}
	}

	@Test
	void singleFileOfFullHashesImportsToo() throws Exception {
		TreeMap<String, Long> hashes = hashes();
		StringBuilder text = new StringBuilder();
		hashes.forEach((h, c) -> text.append(h).append(':').append(c).append('\n'));
		Path file = dir.resolve("pwned-passwords-sha1-ordered-by-hash.txt"); //$NON-NLS-1$
		Files.writeString(file, text);
		Path index = dir.resolve("one.idx"); //$NON-NLS-1$
		assertEquals(hashes.size(), new BreachedImporter((l, b, t) -> { }).importInto(file, index));
		try (BreachedIndex breached = BreachedIndex.open(index)) {
			assertEquals(10_000_000L, breached.occurrences("password")); //$NON-NLS-1$
		}
	}

	@Test
	void truncatedLineIsReportedWithFileAndLineAndTheOldIndexSurvives() throws Exception {
		TreeMap<String, Long> hashes = hashes();
		Path index = dir.resolve("breached.idx"); //$NON-NLS-1$
		Path range = prefixDirectory(hashes);
		new BreachedImporter((l, b, t) -> { }).importInto(range, index);
		byte[] before = Files.readAllBytes(index);

		Path victim;
		try (var files = Files.list(range)) {
			victim = files.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().skip(3).findFirst().orElseThrow(); //$NON-NLS-1$
		}
		List<String> lines = new ArrayList<>(Files.readAllLines(victim));
		lines.add(lines.get(lines.size() - 1).substring(0, 20)); // a download cut short
		Files.write(victim, lines);
		BreachedFormatException e = assertThrows(BreachedFormatException.class,
				() -> new BreachedImporter((l, b, t) -> { }).importInto(range, index));
		assertEquals(victim, e.file());
		assertEquals(lines.size(), e.line());
		assertTrue(e.getMessage().contains(victim.toString()) && e.getMessage().contains(String.valueOf(lines.size())), e.getMessage());
		assertTrue(java.util.Arrays.equals(before, Files.readAllBytes(index)), "the previous index is untouched"); //$NON-NLS-1$
		assertFalse(Files.exists(dir.resolve("breached.idx.tmp"))); //$NON-NLS-1$
	}

	@Test
	void malformedCountsHexAndOrderAreReportedWithTheirLine() throws Exception {
		String a = sha1("a"); //$NON-NLS-1$
		String b = sha1("b"); //$NON-NLS-1$
		String first = a.compareTo(b) < 0 ? a : b;
		String second = a.compareTo(b) < 0 ? b : a;
		assertLineError(first + ":1\n" + second + ":x\n", 2); //$NON-NLS-1$ //$NON-NLS-2$
		assertLineError(first + ":1\n\n" + second.replace(second.charAt(3), 'G') + ":1\n", 3); //$NON-NLS-1$ //$NON-NLS-2$
		assertLineError(second + ":1\n" + first + ":1\n", 2); //$NON-NLS-1$ //$NON-NLS-2$
		assertLineError(first + "\n", 1); //$NON-NLS-1$
	}

	private void assertLineError(String content, int line) throws IOException {
		Path file = dir.resolve("bad.txt"); //$NON-NLS-1$
		Files.writeString(file, content);
		BreachedFormatException e = assertThrows(BreachedFormatException.class,
				() -> new BreachedImporter((l, b, t) -> { }).importInto(file, dir.resolve("bad.idx"))); //$NON-NLS-1$
		assertEquals(line, e.line(), e.getMessage());
	}

	@Test
	void aFileThatIsNotAnIndexIsRefused() throws IOException {
		Path file = dir.resolve("fake.idx"); //$NON-NLS-1$
		Files.writeString(file, "SKBRIX01 but far too short"); //$NON-NLS-1$
		IOException e = assertThrows(IOException.class, () -> BreachedIndex.open(file));
		assertTrue(e.getMessage().contains(file.toString()), e.getMessage());
	}
}
