package io.sekisho.model.persistence;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.resource.ResourceSet;
import org.eclipse.emf.ecore.resource.URIConverter;
import org.eclipse.emf.ecore.resource.impl.ResourceSetImpl;
import org.eclipse.emf.ecore.util.EcoreUtil;

import io.sekisho.model.facility.FacilityPackage;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.internal.Messages;

/**
 * The one loader and saver of facility files, for the command line, the rich client, tests and benchmarks. Loading
 * opens no file but the one named (see {@link LocalOnlyURIConverter}), refuses a DOCTYPE and any reference to
 * another document, and remembers what was read ({@link SekishoResource#readStamp()}). Saving is atomic (see
 * {@link AtomicFileWriter}), refuses to overwrite a file another program changed since it was read
 * ({@link FileChangedException}) and a file another program holds open for editing ({@link FileLockedException}).
 * Every load failure is a {@link ModelLoadException} whose message (Japanese or English) names the file and,
 * when known, the line and column.
 */
public final class FacilityFiles {

	/** Save option ({@code Boolean}): overwrite even when another program changed the file after it was read. */
	public static final String OPTION_OVERWRITE_CHANGED = "io.sekisho.model.overwriteChanged"; //$NON-NLS-1$
	/** Save option ({@code Boolean}): write even when another program holds the file's lock ({@code --force}). */
	public static final String OPTION_IGNORE_LOCK = "io.sekisho.model.ignoreLock"; //$NON-NLS-1$
	/** Save option ({@code Boolean}): when refused as changed, keep what was to be written as {@code NAME.conflict-TIME}. */
	public static final String OPTION_KEEP_CONFLICT_COPY = "io.sekisho.model.keepConflictCopy"; //$NON-NLS-1$

	private FacilityFiles() {
	}

	/** @return a resource set that knows .sekisho files and the facility package and opens no other file */
	public static ResourceSet newResourceSet() {
		ResourceSet set = new ResourceSetImpl();
		set.getResourceFactoryRegistry().getExtensionToFactoryMap().put(SekishoResourceFactory.FILE_EXTENSION, new SekishoResourceFactory());
		set.getPackageRegistry().put(FacilityPackage.eNS_URI, FacilityPackage.eINSTANCE);
		set.setURIConverter(new LocalOnlyURIConverter());
		return set;
	}

	/** @return the resource of {@code file} in a new resource set, loaded */
	public static SekishoResource load(Path file) throws ModelLoadException {
		return load(file, newResourceSet(), Map.of());
	}

	/** @param options load options, e.g. {@link SekishoResource#OPTION_MIGRATIONS} */
	public static SekishoResource load(Path file, Map<?, ?> options) throws ModelLoadException {
		return load(file, newResourceSet(), options);
	}

	/**
	 * Loads {@code file} into {@code set} (the rich client's editing domain); the set's URI converter is replaced by
	 * a {@link LocalOnlyURIConverter} unless it is one.
	 */
	public static SekishoResource load(Path file, ResourceSet set, Map<?, ?> options) throws ModelLoadException {
		URI uri = uriOf(file);
		String name = file.toString();
		if (!Files.isRegularFile(file)) {
			throw new ModelLoadException(name, 0, 0, Files.exists(file) ? Messages.Load_notAFile : Messages.Load_fileNotFound, null);
		}
		localOnly(set).allow(uri);
		SekishoResource resource = new SekishoResource(uri);
		set.getResources().add(resource);
		try {
			resource.load(options);
		} catch (ModelLoadException e) {
			throw e;
		} catch (NoSuchFileException e) {
			throw new ModelLoadException(name, 0, 0, Messages.Load_fileNotFound, e);
		} catch (AccessDeniedException e) {
			throw new ModelLoadException(name, 0, 0, Messages.Load_accessDenied, e);
		} catch (IOException e) {
			throw new ModelLoadException(name, 0, 0, String.valueOf(e.getMessage()), e);
		}
		if (resource.workbook() == null) {
			throw new ModelLoadException(name, 0, 0, Messages.Load_noWorkbook, null);
		}
		return resource;
	}

	private static LocalOnlyURIConverter localOnly(ResourceSet set) {
		if (set.getURIConverter() instanceof LocalOnlyURIConverter converter) {
			return converter;
		}
		LocalOnlyURIConverter converter = new LocalOnlyURIConverter();
		URIConverter previous = set.getURIConverter();
		converter.getURIMap().putAll(previous.getURIMap());
		set.setURIConverter(converter);
		return converter;
	}

	/** Saves a loaded resource back to its file, with the change and lock checks. */
	public static void save(SekishoResource resource) throws IOException {
		resource.save(Map.of());
	}

	/** @param options {@link #OPTION_OVERWRITE_CHANGED}, {@link #OPTION_IGNORE_LOCK}, {@link #OPTION_KEEP_CONFLICT_COPY} */
	public static void save(SekishoResource resource, Map<?, ?> options) throws IOException {
		resource.save(options);
	}

	/**
	 * Writes {@code workbook} as a new facility file (owner-only), replacing what is there only when the caller
	 * decided so (as {@code demo --force} does); moves it out of any resource it was in.
	 */
	public static SekishoResource saveNew(FacilityWorkbook workbook, Path file) throws IOException {
		if (workbook.eResource() instanceof SekishoResource existing && existing.getURI().equals(uriOf(file))) {
			existing.save(Map.of());
			return existing;
		}
		SekishoResource resource = new SekishoResource(uriOf(file));
		ResourceSet set = newResourceSet();
		localOnly(set).allow(resource.getURI());
		set.getResources().add(resource);
		resource.getContents().add(workbook);
		resource.save(Map.of());
		return resource;
	}

	/**
	 * Writes a copy of every root of {@code resource} (the workbook and, e.g., the network map) to {@code file}:
	 * File &gt; Save As, or the "save a copy" answer to a {@link FileChangedException}. The original resource is
	 * untouched; the copy keeps the element ids (it is the same facility under another name).
	 */
	public static SekishoResource saveAs(SekishoResource resource, Path file) throws IOException {
		SekishoResource copy = new SekishoResource(uriOf(file));
		ResourceSet set = newResourceSet();
		localOnly(set).allow(copy.getURI());
		set.getResources().add(copy);
		copy.getContents().addAll(EcoreUtil.copyAll(resource.getContents()));
		copy.save(Map.of());
		return copy;
	}

	public static URI uriOf(Path file) {
		return URI.createFileURI(file.toAbsolutePath().normalize().toString());
	}
}
