package io.sekisho.workbook.tests.fuzz;

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

import io.sekisho.workbook.devicelist.DeviceListFile;
import io.sekisho.workbook.devicelist.SourceTable;

/**
 * Replays the device-list corpus (seeds and every input the fuzz target found) through the reader of File > Import >
 * 機器台帳: a table within its bounds, or an IOException naming the file; nothing written beside the input.
 */
class DeviceListCorpusReplayTest {

	@TempDir
	Path dir;

	@Test
	void everyCorpusFileIsReadOrRefusedWithItsName() throws IOException {
		int read = 0;
		int refused = 0;
		List<String> names = corpus();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			Path folder = Files.createDirectories(dir.resolve("in" + i)); //$NON-NLS-1$
			Path input = folder.resolve(name);
			try (InputStream in = FrameworkUtil.getBundle(DeviceListCorpusReplayTest.class).findEntries("fuzz/device-list", name, false).nextElement().openStream()) { //$NON-NLS-1$
				Files.copy(in, input);
			}
			try {
				SourceTable table = DeviceListFile.read(input);
				assertTrue(table.rows().size() <= DeviceListFile.MAX_ROWS, name);
				read++;
			} catch (IOException e) {
				assertTrue(e.getMessage() != null && e.getMessage().contains(name), name + ": " + e.getMessage()); //$NON-NLS-1$
				refused++;
			} catch (Throwable t) {
				fail(name + ": neither a table nor an IOException naming the file", t); //$NON-NLS-1$
			}
			assertEquals(List.of(input), listing(folder), name + ": nothing written beside the input"); //$NON-NLS-1$
		}
		assertTrue(read >= 4, "the lists are read: " + read); //$NON-NLS-1$
		assertTrue(refused >= 2, "the empty and the cut files are refused: " + refused); //$NON-NLS-1$
	}

	private static List<Path> listing(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}

	private static List<String> corpus() {
		List<String> names = new ArrayList<>();
		var entries = FrameworkUtil.getBundle(DeviceListCorpusReplayTest.class).findEntries("fuzz/device-list", "*", false); //$NON-NLS-1$ //$NON-NLS-2$
		for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
			String path = url.getPath();
			if (!path.endsWith("/") && !path.endsWith("README.md")) { //$NON-NLS-1$ //$NON-NLS-2$
				names.add(path.substring(path.lastIndexOf('/') + 1));
			}
		}
		Collections.sort(names);
		assertFalse(names.isEmpty(), "corpus fuzz/device-list"); //$NON-NLS-1$
		return names;
	}
}
