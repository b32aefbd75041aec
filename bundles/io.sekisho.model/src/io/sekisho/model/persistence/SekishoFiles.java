package io.sekisho.model.persistence;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;

import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.internal.Messages;

/**
 * Loading and saving .sekisho files without an Eclipse workspace: for the command line, tests and benchmarks.
 * Works inside and outside OSGi (the resource factory and the package are registered on the resource set).
 */
public final class SekishoFiles {

	private SekishoFiles() {
	}

	/** @return a resource set that knows .sekisho files and the facility package */
	public static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(SekishoResourceFactory.FILE_EXTENSION, new SekishoResourceFactory());
		set.getPackageRegistry().put(FacilityPackage.eNS_URI, FacilityPackage.eINSTANCE);
		return set;
	}

	/** @return the resource of {@code file} in a new resource set, loaded */
	public static SekishoResource load(Path file) throws IOException {
		return load(file, Map.of());
	}

	/** @param options load options, e.g. {@link SekishoResource#OPTION_MIGRATIONS} */
	public static SekishoResource load(Path file, Map<?, ?> options) throws IOException {
		SekishoResource resource = new SekishoResource(uriOf(file));
		newResourceSet().getResources().add(resource);
		resource.load(options);
		if (resource.workbook() == null) {
			throw new ModelLoadException(resource.displayName(), 0, 0, Messages.Load_noWorkbook, null);
		}
		return resource;
	}

	/** @return the workbook of {@code file} */
	public static FacilityWorkbook loadWorkbook(Path file) throws IOException {
		return load(file).workbook();
	}

	/** Saves {@code workbook} to {@code file} atomically; moves it out of any resource it was in. */
	public static SekishoResource save(FacilityWorkbook workbook, Path file) throws IOException {
		if (workbook.eResource() instanceof SekishoResource existing && existing.getURI().equals(uriOf(file))) {
			existing.save(Map.of());
			return existing;
		}
		SekishoResource resource = new SekishoResource(uriOf(file));
		newResourceSet().getResources().add(resource);
		resource.getContents().add(workbook);
		resource.save(Map.of());
		return resource;
	}

	public static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}

}
