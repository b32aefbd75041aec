package io.sekisho.firmware.tests.fuzz;

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

import io.sekisho.firmware.identify.DeviceOutputReader;
import io.sekisho.firmware.identify.IdentifyException;
import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.feed.FeedException;
import io.sekisho.firmware.vuln.feed.FeedReader;
import io.sekisho.firmware.vuln.feed.FeedSink;
import io.sekisho.firmware.vuln.feed.FeedSummary;
import io.sekisho.firmware.vuln.feed.ProgressListener;

/**
 * Replays the fuzz corpora (fuzz/feeds, fuzz/device-output: real files and truncated or bit-flipped copies, plus
 * whatever the Jazzer runs found) through the readers: each file gives a result or the reader's own exception with
 * a message (naming the file for feeds); never another exception or an Error; nothing is written beside the input.
 */
class CorpusReplayTest {

	@TempDir
	Path dir;

	@Test
	void everyFeedCorpusFileIsReadOrRefusedWithItsName() throws IOException {
		int results = 0;
		int refused = 0;
		for (String name : corpus("feeds")) {
			Path folder = Files.createDirectories(dir.resolve("feeds-" + results + "-" + refused)); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			Path input = copy("feeds", name, folder); //$NON-NLS-1$
			List<String> records = new ArrayList<>();
			try {
				FeedSummary summary = new FeedReader().read(input, new FeedSink() {
					@Override
					public void cve(CveRecord record) {
						records.add(record.cveId());
					}

					@Override
					public void kev(KevEntry entry) {
						records.add(entry.cveId());
					}

					@Override
					public void jvn(JvnAdvisory advisory) {
						records.add(advisory.jvnId());
					}
				}, ProgressListener.NONE);
				assertNotNull(summary, name);
				assertEquals(records.size(), summary.records(), name + ": the summary counts what the sink got"); //$NON-NLS-1$
				results++;
			} catch (FeedException e) {
				assertTrue(e.getMessage() != null && e.getMessage().contains(input.toString()), name + ": " + e.getMessage()); //$NON-NLS-1$
				refused++;
			} catch (Throwable t) {
				fail(name + ": neither a result nor a FeedException", t); //$NON-NLS-1$
			}
			assertEquals(List.of(input), listing(folder), name + ": nothing written beside the input"); //$NON-NLS-1$
		}
		assertTrue(results >= 6, "the real NVD, KEV and JVN seeds are read: " + results); //$NON-NLS-1$
		assertTrue(refused >= 6, "the truncated copies are refused: " + refused); //$NON-NLS-1$
	}

	@Test
	void everyDeviceOutputCorpusFileIsIdentifiedOrRefusedWithAMessage() throws IOException {
		int identified = 0;
		for (String name : corpus("device-output")) { //$NON-NLS-1$
			try (InputStream in = entry("device-output", name).openStream()) { //$NON-NLS-1$
				var identification = new DeviceOutputReader().identify(in);
				assertNotNull(identification, name);
				identified++;
			} catch (IdentifyException e) {
				assertFalse(e.getMessage() == null || e.getMessage().isBlank(), name);
			} catch (Throwable t) {
				fail(name + ": neither an identification nor an IdentifyException", t); //$NON-NLS-1$
			}
		}
		assertTrue(identified >= 10, "the real captures are identified: " + identified); //$NON-NLS-1$
	}

	private static List<String> corpus(String target) {
		List<String> names = new ArrayList<>();
		var entries = FrameworkUtil.getBundle(CorpusReplayTest.class).findEntries("fuzz/" + target, "*", false); //$NON-NLS-1$ //$NON-NLS-2$
		for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
			String path = url.getPath();
			if (!path.endsWith("/") && !path.endsWith("README.md") && !path.contains("LICENSE")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				names.add(path.substring(path.lastIndexOf('/') + 1));
			}
		}
		Collections.sort(names);
		assertFalse(names.isEmpty(), "corpus fuzz/" + target); //$NON-NLS-1$
		return names;
	}

	private static URL entry(String target, String name) {
		return FrameworkUtil.getBundle(CorpusReplayTest.class).findEntries("fuzz/" + target, name, false).nextElement(); //$NON-NLS-1$
	}

	private static Path copy(String target, String name, Path folder) throws IOException {
		Path file = folder.resolve(name);
		try (InputStream in = entry(target, name).openStream()) {
			Files.copy(in, file);
		}
		return file;
	}

	private static List<Path> listing(Path folder) throws IOException {
		try (Stream<Path> files = Files.list(folder)) {
			return files.sorted().toList();
		}
	}
}
