package io.sekisho.fuzz;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

import org.eclipse.emf.ecore.util.EcoreUtil;

import io.sekisho.core.demo.DemoFacility;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.netmap.drawio.DrawioFormatException;
import io.sekisho.netmap.drawio.DrawioImport;
import io.sekisho.netmap.drawio.DrawioReader;

/**
 * The draw.io / CSET reader ({@link DrawioReader#read(Path)}, as {@code netmap import} calls it) on arbitrary bytes
 * written to a file: a diagram within the cell limit whose import can be planned against the demo without changing
 * it, or a {@link DrawioFormatException} naming the file. The file is unchanged and nothing appears beside it.
 * Anything else (another exception, an Error such as OutOfMemoryError under -Xmx256m) escapes and is a finding.
 */
public final class DrawioFuzzTarget {
	private static final String NAME = "fuzz.drawio"; //$NON-NLS-1$
	private static final Scratch SCRATCH = new Scratch("drawio"); //$NON-NLS-1$
	private static final FacilityWorkbook DEMO = DemoFacility.build();
	private static final FacilityWorkbook PRISTINE = EcoreUtil.copy(DEMO);

	private DrawioFuzzTarget() {
	}

	public static void fuzzerTestOneInput(byte[] data) throws Exception {
		Path folder = SCRATCH.fresh("in"); //$NON-NLS-1$
		Path file = Files.write(folder.resolve(NAME), data);
		try {
			DrawioReader.Diagram diagram = DrawioReader.read(file);
			if (diagram.cells() == null || diagram.cells().size() > DrawioReader.MAX_CELLS) {
				throw new IllegalStateException("more cells than the limit: " + diagram.cells().size()); //$NON-NLS-1$
			}
			DrawioImport plan = DrawioImport.plan(DEMO, diagram);
			plan.describe();
			if (!EcoreUtil.equals(PRISTINE, DEMO)) {
				throw new IllegalStateException("planning the import changed the facility"); //$NON-NLS-1$
			}
		} catch (DrawioFormatException e) {
			Targets.requireNamed(e, NAME);
		}
		if (!Arrays.equals(data, Files.readAllBytes(file))) {
			throw new IllegalStateException("reading changed the diagram"); //$NON-NLS-1$
		}
		Scratch.requireOnly(folder, file);
	}
}
