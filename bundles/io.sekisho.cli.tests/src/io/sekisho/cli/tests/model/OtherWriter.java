package io.sekisho.cli.tests.model;

import java.nio.file.Path;

import io.sekisho.model.persistence.FacilityFiles;
import io.sekisho.model.persistence.SekishoResource;

/**
 * The second writer of the two-process test: a separate Java process (no OSGi, the model's loader and saver on a
 * plain class path) that loads a facility file, renames the facility and saves it, as any other Sekisho would.
 */
public final class OtherWriter {

	private OtherWriter() {
	}

	public static void main(String[] args) throws Exception {
		SekishoResource resource = FacilityFiles.load(Path.of(args[0]));
		resource.workbook().getFacility().setName(args[1]);
		FacilityFiles.save(resource);
		System.out.println("saved " + args[0]); //$NON-NLS-1$
	}
}
