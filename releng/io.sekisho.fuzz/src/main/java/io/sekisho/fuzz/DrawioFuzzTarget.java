package io.sekisho.fuzz;

import java.io.ByteArrayInputStream;

import io.sekisho.netmap.drawio.DrawioFormatException;
import io.sekisho.netmap.drawio.DrawioReader;

/**
 * The draw.io reader on arbitrary bytes: a diagram, or a {@link DrawioFormatException} naming the file. Anything
 * else (another exception, an Error such as OutOfMemoryError under -Xmx256m) escapes and is a finding.
 */
public final class DrawioFuzzTarget {
	private static final String NAME = "fuzz.drawio"; //$NON-NLS-1$

	private DrawioFuzzTarget() {
	}

	public static void fuzzerTestOneInput(byte[] data) throws Exception {
		try {
			DrawioReader.Diagram diagram = DrawioReader.read(new ByteArrayInputStream(data), NAME);
			if (diagram.cells() == null || diagram.cells().size() > DrawioReader.MAX_CELLS) {
				throw new IllegalStateException("more cells than the limit: " + diagram.cells().size()); //$NON-NLS-1$
			}
		} catch (DrawioFormatException e) {
			Targets.requireNamed(e, NAME);
		}
	}
}
