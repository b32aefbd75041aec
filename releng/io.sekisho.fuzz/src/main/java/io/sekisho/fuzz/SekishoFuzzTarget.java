package io.sekisho.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.ModelLoadException;
import io.sekisho.model.persistence.SekishoResource;

/**
 * Loading a {@code .sekisho} file ({@link FacilityFiles#load(Path)}, the one loader of sekishoc and the rich client) on
 * arbitrary bytes written to a file: a resource with its workbook, or a {@link ModelLoadException} naming the file
 * (and its line when the XML parser gave one). Either way the file is byte for byte what it was and nothing (lock,
 * temporary file, backup) appears beside it. Anything else, an Error under the small heap included, is a finding.
 */
public final class SekishoFuzzTarget {
	private static final String NAME = "fuzz.sekisho"; //$NON-NLS-1$
	private static final Scratch SCRATCH = new Scratch("sekisho"); //$NON-NLS-1$

	private SekishoFuzzTarget() {
	}

	/** Loads the model's classes (and lets Jazzer instrument them) before the first input's timeout starts. */
	public static void fuzzerInitialize() throws Exception {
		fuzzerTestOneInput(new byte[0]);
		fuzzerTestOneInput(("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<facility:FacilityWorkbook xmi:version=\"2.0\" " //$NON-NLS-1$
				+ "xmlns:xmi=\"http://www.omg.org/XMI\" xmlns:facility=\"http://sekisho.io/model/facility/1.0\" schemaVersion=\"1\"/>") //$NON-NLS-1$
				.getBytes(java.nio.charset.StandardCharsets.UTF_8));
	}

	public static void fuzzerTestOneInput(byte[] data) throws Exception {
		Path folder = SCRATCH.fresh("in"); //$NON-NLS-1$
		Path file = folder.resolve(NAME);
		Files.write(file, data);
		try {
			SekishoResource resource = FacilityFiles.load(file);
			if (resource.workbook() == null) {
				throw new IllegalStateException("loaded without a workbook"); //$NON-NLS-1$
			}
			resource.unload();
		} catch (ModelLoadException e) {
			Targets.requireNamed(e, NAME);
			if (e.detail() == null || e.detail().isBlank()) {
				throw new IllegalStateException("a refusal that does not say what is wrong: " + e.getMessage(), e); //$NON-NLS-1$
			}
			if (Targets.hasCause(e, org.xml.sax.SAXParseException.class) && e.line() <= 0) {
				throw new IllegalStateException("an XML error without its line: " + e.getMessage(), e); //$NON-NLS-1$
			}
		}
		if (!Arrays.equals(data, Files.readAllBytes(file))) {
			throw new IllegalStateException("loading changed the file"); //$NON-NLS-1$
		}
		Scratch.requireOnly(folder, file);
	}
}
