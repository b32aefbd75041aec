package io.sekisho.fuzz;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionLoader;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.workbook.HandoverEditions;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.ImportResult;
import io.sekisho.workbook.read.WorkbookReadException;
import io.sekisho.workbook.read.XlsxReader;

/**
 * The filled-workbook answer import ({@code workbook import-answers}, the rich client's import) against the FY2025
 * demo. Two kinds of input, told apart by the first byte:
 * <ul>
 * <li>even: the bytes are the whole file (zip, OLE2 or anything else);</li>
 * <li>odd: the demo's workbook filled in LibreOffice (fuzz/answers/demo-filled.xlsx of io.sekisho.workbook.tests,
 * found through {@code -Dsekisho.fuzz.seeds}) with one part replaced: the second byte picks the part (a sheet, the
 * shared strings, the workbook), the rest is its new content. This reaches the cell reading behind the zip, which
 * byte mutations of a compressed file rarely do.</li>
 * </ul>
 * Must hold: a result, or a {@link WorkbookReadException} naming the file; the facility is unchanged by reading;
 * an acceptable result applies to a copy that saves and loads back; nothing is written beside the workbook. Run
 * {@code main(crash, out.xlsx)} to turn a finding into the workbook the replay test reads.
 */
public final class AnswersFuzzTarget {
	private static final String NAME = "fuzz-answers.xlsx"; //$NON-NLS-1$
	private static final Scratch SCRATCH = new Scratch("answers"); //$NON-NLS-1$
	private static final EditionRegistry EDITIONS;
	private static final FacilityWorkbook DEMO = DemoFacility.buildFiscalYear2025();
	private static final FacilityWorkbook PRISTINE = EcoreUtil.copy(DEMO);
	private static final Edition EDITION;
	private static final Map<String, byte[]> BASE;
	private static final List<String> PARTS;

	static {
		try {
			List<Edition> editions = new ArrayList<>();
			for (String file : new String[] { "mhlw-r6.xmi", "mhlw-r7.xmi", "mhlw-r8.xmi" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				try (InputStream in = EditionLoader.class.getResourceAsStream("/editions/" + file)) { //$NON-NLS-1$
					editions.add(EditionLoader.load(in, file));
				}
			}
			EDITIONS = EditionRegistry.of(editions);
			EDITION = HandoverEditions.current(DEMO, EDITIONS).orElseThrow();
			BASE = unzip(Files.readAllBytes(Path.of(System.getProperty("sekisho.fuzz.seeds", "."), "demo-filled.xlsx"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			PARTS = BASE.keySet().stream().filter(n -> n.startsWith("xl/worksheets/sheet") || n.equals("xl/sharedStrings.xml") //$NON-NLS-1$ //$NON-NLS-2$
					|| n.equals("xl/workbook.xml")).sorted().toList(); //$NON-NLS-1$
			writeStructuredSeeds();
		} catch (Exception e) {
			throw new ExceptionInInitializerError(e);
		}
	}

	private AnswersFuzzTarget() {
	}

	/**
	 * Reads the base workbook and saves and loads the facility once, so that POI's, the import's and the XMI
	 * classes are loaded (and instrumented) before the first input's timeout starts: the first save of a run took
	 * longer than the timeout on the shared machine, a false finding.
	 */
	public static void fuzzerInitialize() throws Exception {
		Path saved = SCRATCH.fresh("warm-up").resolve("demo.sekisho"); //$NON-NLS-1$ //$NON-NLS-2$
		FacilityFiles.saveNew(EcoreUtil.copy(DEMO), saved);
		FacilityFiles.load(saved).unload();
		byte[] whole = new byte[2];
		whole[0] = 1;
		fuzzerTestOneInput(whole);
		fuzzerTestOneInput(new byte[0]);
	}

	public static void fuzzerTestOneInput(byte[] data) throws Exception {
		Path folder = SCRATCH.fresh("in"); //$NON-NLS-1$
		Path file = Files.write(folder.resolve(NAME), workbookOf(data));
		try {
			ImportResult result = new AnswerImport(EDITIONS, new XlsxReader()).read(file, DEMO, EDITION, () -> null);
			if (result.changes() == null || result.problems() == null) {
				throw new IllegalStateException("a result without its lists"); //$NON-NLS-1$
			}
			requireDemoUnchanged();
			if (result.acceptable() && !result.changes().isEmpty()) {
				FacilityWorkbook copy = EcoreUtil.copy(DEMO);
				AnswerImport.apply(result, copy);
				Path saved = SCRATCH.fresh("saved").resolve("answered.sekisho"); //$NON-NLS-1$ //$NON-NLS-2$
				FacilityFiles.saveNew(copy, saved);
				FacilityFiles.load(saved).unload();
			}
		} catch (WorkbookReadException e) {
			Targets.requireNamed(e, NAME);
			requireDemoUnchanged();
		}
		Scratch.requireOnly(folder, file);
	}

	private static void requireDemoUnchanged() {
		if (!EcoreUtil.equals(PRISTINE, DEMO)) {
			throw new IllegalStateException("reading the workbook changed the facility"); //$NON-NLS-1$
		}
	}

	/** The file an input stands for (see the class comment). */
	static byte[] workbookOf(byte[] data) throws IOException {
		if (data.length < 2 || (data[0] & 1) == 0) {
			return data;
		}
		String part = PARTS.get(Byte.toUnsignedInt(data[1]) % PARTS.size());
		Map<String, byte[]> entries = new LinkedHashMap<>(BASE);
		entries.put(part, Arrays.copyOfRange(data, 2, data.length));
		ByteArrayOutputStream bytes = new ByteArrayOutputStream(1 << 17);
		try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
			zip.setLevel(Deflater.BEST_SPEED);
			for (Map.Entry<String, byte[]> e : entries.entrySet()) {
				zip.putNextEntry(new ZipEntry(e.getKey()));
				zip.write(e.getValue());
				zip.closeEntry();
			}
		}
		return bytes.toByteArray();
	}

	private static Map<String, byte[]> unzip(byte[] xlsx) throws IOException {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream zip = new ZipInputStream(new java.io.ByteArrayInputStream(xlsx))) {
			for (ZipEntry e = zip.getNextEntry(); e != null; e = zip.getNextEntry()) {
				entries.put(e.getName(), zip.readAllBytes());
			}
		}
		return entries;
	}

	/**
	 * Seeds of the second kind, one per part, into the run's corpus folder (corpus/answers below the working folder,
	 * which run-target.sh creates) when they are not there yet.
	 */
	private static void writeStructuredSeeds() throws IOException {
		Path corpus = Path.of("corpus", "answers"); //$NON-NLS-1$ //$NON-NLS-2$
		if (!Files.isDirectory(corpus)) {
			return;
		}
		for (int i = 0; i < PARTS.size(); i++) {
			Path seed = corpus.resolve("part-" + PARTS.get(i).replace('/', '_')); //$NON-NLS-1$
			if (!Files.exists(seed)) {
				byte[] content = BASE.get(PARTS.get(i));
				byte[] input = new byte[content.length + 2];
				input[0] = 1;
				input[1] = (byte) i;
				System.arraycopy(content, 0, input, 2, content.length);
				Files.write(seed, input);
			}
		}
	}

	/** Writes the workbook a finding stands for: {@code AnswersFuzzTarget CRASH_FILE OUT.xlsx}. */
	public static void main(String[] args) throws IOException {
		Files.write(Path.of(args[1]), workbookOf(Files.readAllBytes(Path.of(args[0]))));
	}
}
