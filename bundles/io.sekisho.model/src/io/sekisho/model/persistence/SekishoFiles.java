package io.sekisho.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;

import io.sekisho.model.facility.FacilityWorkbook;

/**
 * The earlier name of the facility file API, kept so code written against it still compiles; every method
 * delegates to {@link FacilityFiles}, the one loader and saver (use that in new code).
 */
public final class SekishoFiles {

	private SekishoFiles() {
	}

	/** @return a resource set that knows .sekisho files and the facility package and opens no other file */
	public static ResourceSet newResourceSet() {
		return FacilityFiles.newResourceSet();
	}

	/** @see FacilityFiles#load(Path) */
	public static SekishoResource load(Path file) throws IOException {
		return FacilityFiles.load(file);
	}

	/** @param options load options, e.g. {@link SekishoResource#OPTION_MIGRATIONS} */
	public static SekishoResource load(Path file, Map<?, ?> options) throws IOException {
		return FacilityFiles.load(file, options);
	}

	/** @return the workbook of {@code file} */
	public static FacilityWorkbook loadWorkbook(Path file) throws IOException {
		return FacilityFiles.load(file).workbook();
	}

	/** Saves {@code workbook} to {@code file} atomically; see {@link FacilityFiles#saveNew(FacilityWorkbook, Path)}. */
	public static SekishoResource save(FacilityWorkbook workbook, Path file) throws IOException {
		return FacilityFiles.saveNew(workbook, file);
	}

	public static URI uriOf(Path file) {
		return FacilityFiles.uriOf(file);
	}
}
