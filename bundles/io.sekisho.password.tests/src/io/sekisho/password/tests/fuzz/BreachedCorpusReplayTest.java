package io.sekisho.password.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.FrameworkUtil;

import io.sekisho.password.breached.BreachedFormatException;
import io.sekisho.password.breached.BreachedImporter;

/**
 * Replays fuzz/breached (Have I Been Pwned's "SHA1:count" lines, cut mid-line and bit-flipped, and what the Jazzer
 * runs found) through the breached-password import: an index, or a {@link BreachedFormatException} naming the file;
 * never another exception or an Error; nothing written beside the input; after a refusal no index and no temporary
 * file is left where the index was to go.
 */
class BreachedCorpusReplayTest {

	@TempDir
	Path dir;

	@Test
	void everyCorpusFileIsImportedOrRefusedWithItsName() throws IOException {
		int imported = 0;
		int refused = 0;
		List<String> names = corpus();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			Path folder = Files.createDirectories(dir.resolve("in" + i)); //$NON-NLS-1$
			Path out = Files.createDirectories(dir.resolve("out" + i)); //$NON-NLS-1$
			Path input = folder.resolve(name);
			try (InputStream in = FrameworkUtil.getBundle(BreachedCorpusReplayTest.class).findEntries("fuzz/breached", name, false).nextElement().openStream()) { //$NON-NLS-1$
				Files.copy(in, input);
			}
			Path index = out.resolve("breached.idx"); //$NON-NLS-1$
			try {
				long records = new BreachedImporter((lines, read, total) -> {
				}).importInto(input, index);
				assertTrue(records > 0 && Files.size(index) > 0, name);
				imported++;
			} catch (BreachedFormatException e) {
				assertTrue(e.getMessage() != null && e.getMessage().contains(input.toString()), name + ": " + e.getMessage()); //$NON-NLS-1$
				assertEquals(List.of(), listing(out), name + ": no index or temporary file after a refusal"); //$NON-NLS-1$
				refused++;
			} catch (Throwable t) {
				fail(name + ": neither an index nor a BreachedFormatException", t); //$NON-NLS-1$
			}
			assertEquals(List.of(input), listing(folder), name + ": nothing written beside the input"); //$NON-NLS-1$
		}
		assertTrue(imported >= 1, "the sample is imported: " + imported); //$NON-NLS-1$
		assertTrue(refused >= 2, "the cut and flipped copies are refused: " + refused); //$NON-NLS-1$
	}

	private static List<Path> listing(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	private static List<String> corpus() {
		List<String> names = new ArrayList<>();
		var entries = FrameworkUtil.getBundle(BreachedCorpusReplayTest.class).findEntries("fuzz/breached", "*", false); //$NON-NLS-1$ //$NON-NLS-2$
		for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
			String path = url.getPath();
			if (!path.endsWith("/") && !path.endsWith("README.md") && !path.contains("LICENSE")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				names.add(path.substring(path.lastIndexOf('/') + 1));
			}
		}
		Collections.sort(names);
		assertFalse(names.isEmpty(), "corpus fuzz/breached"); //$NON-NLS-1$
		return names;
	}
}
