package io.sekisho.netmap.tests.fuzz;

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

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.drawio.DrawioFormatException;
import io.sekisho.netmap.drawio.DrawioImport;
import io.sekisho.netmap.drawio.DrawioReader;

/**
 * Replays fuzz/drawio (real draw.io files, their truncated and bit-flipped copies, and what the Jazzer runs found)
 * through the draw.io import: a diagram whose import plan can be made against the demo facility, or a
 * {@link DrawioFormatException} naming the file; never another exception or an Error; nothing written beside it.
 */
class DrawioCorpusReplayTest {

	@TempDir
	Path dir;

	@Test
	void everyCorpusFileGivesAPlanOrAFormatErrorNamingTheFile() throws IOException {
		int planned = 0;
		int refused = 0;
		List<String> names = corpus();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			Path folder = Files.createDirectories(dir.resolve(String.valueOf(i)));
			Path input = folder.resolve(name);
			try (InputStream in = entry(name).openStream()) {
				Files.copy(in, input);
			}
			try {
				DrawioReader.Diagram diagram = DrawioReader.read(input);
				FacilityWorkbook demo = DemoFacility.build();
				int devices = demo.getDevices().size();
				DrawioImport plan = DrawioImport.plan(demo, diagram);
				assertNotNull(plan.describe(), name);
				assertEquals(devices, demo.getDevices().size(), name + ": planning changes nothing"); //$NON-NLS-1$
				planned++;
			} catch (DrawioFormatException e) {
				assertTrue(e.getMessage() != null && e.getMessage().contains(name), name + ": " + e.getMessage()); //$NON-NLS-1$
				refused++;
			} catch (Throwable t) {
				fail(name + ": neither a diagram nor a DrawioFormatException", t); //$NON-NLS-1$
			}
			try (Stream<Path> files = Files.list(folder)) {
				assertEquals(List.of(input), files.toList(), name + ": nothing written beside the input"); //$NON-NLS-1$
			}
		}
		assertTrue(planned >= 5, "the real diagrams are read: " + planned); //$NON-NLS-1$
		assertTrue(refused >= 3, "the truncated copies are refused: " + refused); //$NON-NLS-1$
	}

	private static List<String> corpus() {
		List<String> names = new ArrayList<>();
		var entries = FrameworkUtil.getBundle(DrawioCorpusReplayTest.class).findEntries("fuzz/drawio", "*", false); //$NON-NLS-1$ //$NON-NLS-2$
		for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
			String path = url.getPath();
			if (!path.endsWith("/") && !path.endsWith("README.md") && !path.contains("LICENSE")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				names.add(path.substring(path.lastIndexOf('/') + 1));
			}
		}
		Collections.sort(names);
		assertFalse(names.isEmpty(), "corpus fuzz/drawio"); //$NON-NLS-1$
		return names;
	}

	private static URL entry(String name) {
		return FrameworkUtil.getBundle(DrawioCorpusReplayTest.class).findEntries("fuzz/drawio", name, false).nextElement(); //$NON-NLS-1$
	}
}
