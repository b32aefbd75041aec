package io.sekisho.model.tests.fuzz;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
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

import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.ModelLoadException;
import io.sekisho.model.persistence.SekishoResource;

/**
 * Replays fuzz/sekisho (the demo as written by an earlier schema, its truncated and bit-flipped copies, every hostile
 * file of the test resources, and what the Jazzer runs found) through {@link FacilityFiles#load(Path)}: a workbook,
 * or a {@link ModelLoadException} naming the file; never another exception or an Error; the file is unchanged and
 * nothing (no lock, no temporary file) is written beside it.
 */
class SekishoCorpusReplayTest {

	@TempDir
	Path dir;

	@Test
	void everyCorpusFileLoadsOrIsRefusedWithItsName() throws IOException {
		int loaded = 0;
		int refused = 0;
		List<String> names = corpus();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			Path folder = Files.createDirectories(dir.resolve(String.valueOf(i)));
			Path input = folder.resolve(name);
			try (InputStream in = FrameworkUtil.getBundle(SekishoCorpusReplayTest.class).findEntries("fuzz/sekisho", name, false).nextElement().openStream()) { //$NON-NLS-1$
				Files.copy(in, input);
			}
			byte[] before = Files.readAllBytes(input);
			try {
				SekishoResource resource = FacilityFiles.load(input);
				assertNotNull(resource.workbook(), name);
				loaded++;
			} catch (ModelLoadException e) {
				assertTrue(e.getMessage() != null && e.getMessage().contains(name), name + ": " + e.getMessage()); //$NON-NLS-1$
				refused++;
			} catch (Throwable t) {
				fail(name + ": neither a workbook nor a ModelLoadException", t); //$NON-NLS-1$
			}
			assertArrayEquals(before, Files.readAllBytes(input), name + ": the file is unchanged"); //$NON-NLS-1$
			try (Stream<Path> files = Files.list(folder)) {
				assertEquals(List.of(input), files.toList(), name + ": nothing written beside the file"); //$NON-NLS-1$
			}
		}
		assertTrue(loaded >= 1, "the demo loads: " + loaded); //$NON-NLS-1$
		assertTrue(refused >= 6, "the truncated, empty and hostile files are refused: " + refused); //$NON-NLS-1$
	}

	private static List<String> corpus() {
		List<String> names = new ArrayList<>();
		var entries = FrameworkUtil.getBundle(SekishoCorpusReplayTest.class).findEntries("fuzz/sekisho", "*", false); //$NON-NLS-1$ //$NON-NLS-2$
		for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
			String path = url.getPath();
			if (!path.endsWith("/") && !path.endsWith("README.md") && !path.contains("LICENSE")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				names.add(path.substring(path.lastIndexOf('/') + 1));
			}
		}
		Collections.sort(names);
		assertFalse(names.isEmpty(), "corpus fuzz/sekisho"); //$NON-NLS-1$
		return names;
	}
}
