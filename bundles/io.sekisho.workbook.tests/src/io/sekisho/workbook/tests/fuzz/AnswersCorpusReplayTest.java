package io.sekisho.workbook.tests.fuzz;

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

import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.workbook.HandoverEditions;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.ImportResult;
import io.sekisho.workbook.read.WorkbookReadException;
import io.sekisho.workbook.read.XlsxReader;

/**
 * Replays fuzz/answers (the demo's handover workbook filled in LibreOffice, its truncated and bit-flipped copies, an
 * OLE2 file that is no workbook, and what the Jazzer runs found) through the answer import against the demo: a
 * result, or a {@link WorkbookReadException} naming the file; never another exception or an Error; nothing written
 * beside the workbook.
 */
class AnswersCorpusReplayTest {

	@TempDir
	Path dir;

	@Test
	void everyCorpusFileGivesAResultOrAReadErrorNamingTheFile() throws IOException {
		EditionRegistry editions = EditionRegistry.fromPlatform();
		int read = 0;
		int refused = 0;
		List<String> names = corpus();
		for (int i = 0; i < names.size(); i++) {
			String name = names.get(i);
			Path folder = Files.createDirectories(dir.resolve(String.valueOf(i)));
			Path input = folder.resolve(name);
			try (InputStream in = FrameworkUtil.getBundle(AnswersCorpusReplayTest.class).findEntries("fuzz/answers", name, false).nextElement().openStream()) { //$NON-NLS-1$
				Files.copy(in, input);
			}
			FacilityWorkbook demo = DemoFacility.buildFiscalYear2025();
			Edition edition = HandoverEditions.current(demo, editions).orElseThrow();
			try {
				ImportResult result = new AnswerImport(editions, new XlsxReader()).read(input, demo, edition, () -> null);
				assertNotNull(result.changes(), name);
				read++;
			} catch (WorkbookReadException e) {
				assertTrue(e.getMessage() != null && e.getMessage().contains(input.toString()), name + ": " + e.getMessage()); //$NON-NLS-1$
				refused++;
			} catch (Throwable t) {
				fail(name + ": neither a result nor a WorkbookReadException", t); //$NON-NLS-1$
			}
			try (Stream<Path> files = Files.list(folder)) {
				assertEquals(List.of(input), files.toList(), name + ": nothing written beside the workbook"); //$NON-NLS-1$
			}
		}
		assertTrue(read >= 1, "the LibreOffice workbook is read: " + read); //$NON-NLS-1$
		assertTrue(refused >= 2, "the cut copies and the OLE2 file are refused: " + refused); //$NON-NLS-1$
	}

	private static List<String> corpus() {
		List<String> names = new ArrayList<>();
		var entries = FrameworkUtil.getBundle(AnswersCorpusReplayTest.class).findEntries("fuzz/answers", "*", false); //$NON-NLS-1$ //$NON-NLS-2$
		for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
			String path = url.getPath();
			if (!path.endsWith("/") && !path.endsWith("README.md") && !path.contains("LICENSE")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				names.add(path.substring(path.lastIndexOf('/') + 1));
			}
		}
		Collections.sort(names);
		assertFalse(names.isEmpty(), "corpus fuzz/answers"); //$NON-NLS-1$
		return names;
	}
}
