package io.sekisho.model.persistence;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.emf.common.util.URI;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.xmi.IllegalValueException;
import org.eclipse.emf.ecore.xmi.XMIException;
import org.eclipse.emf.ecore.xmi.impl.XMIResourceImpl;
import org.eclipse.osgi.util.NLS;
import org.xml.sax.SAXParseException;

import io.sekisho.model.ModelIds;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.internal.Messages;

/**
 * A .sekisho file: XMI in UTF-8 whose elements are identified by their UUID, so references read
 * {@code zone="5b1e…"} (plain IDREFs) and files diff and merge well. Saving to a local file is atomic and keeps the previous
 * version as {@code NAME.sekisho.bak}. A file that failed to load is never written back.
 */
public class SekishoResource extends XMIResourceImpl {

	/** Load option: a {@code List<SchemaMigration>} replacing {@link SchemaMigrations#builtIn()}. */
	public static final String OPTION_MIGRATIONS = "io.sekisho.model.migrations"; //$NON-NLS-1$

	/** A facility file is at most this large (10,000 devices take about 10 MB); a bigger one is refused unread. */
	public static final int MAX_FILE_BYTES = 256 << 20;

	private boolean loadFailed;
	private int loadedSchemaVersion;
	private FileStamp readStamp;

	public SekishoResource(URI uri) {
		super(uri);
		setEncoding(StandardCharsets.UTF_8.name());
		setIntrinsicIDToEObjectMap(new HashMap<>());
		Map<Object, Object> save = getDefaultSaveOptions();
		save.put(OPTION_ENCODING, StandardCharsets.UTF_8.name());
		save.put(OPTION_SAVE_TYPE_INFORMATION, Boolean.FALSE);
		save.put(OPTION_SCHEMA_LOCATION, Boolean.FALSE);
		// no OPTION_LINE_WIDTH: one element per line, so a changed attribute never reflows its neighbours in a diff
		save.put(OPTION_CONFIGURATION_CACHE, Boolean.TRUE);
		save.put(OPTION_USE_CACHED_LOOKUP_TABLE, new ArrayList<>());
		Map<Object, Object> load = getDefaultLoadOptions();
		load.put(OPTION_DEFER_IDREF_RESOLUTION, Boolean.TRUE);
		load.put(OPTION_USE_DEPRECATED_METHODS, Boolean.FALSE);
		load.put(OPTION_USE_PARSER_POOL, SharedParserPool.INSTANCE);
		load.put(OPTION_USE_XML_NAME_TO_FEATURE_MAP, new HashMap<>());
		// attributes a newer or older format has and this one has not are kept (and written back), not dropped
		load.put(OPTION_RECORD_UNKNOWN_FEATURE, Boolean.TRUE);
		// a file names no other document: no DTD, no package fetched from its namespace URI
		load.putAll(SelfContained.safeLoadOptions());
	}

	/**
	 * @return what was read of the file (size, time, SHA-256) at the last load or written at the last save; {@code
	 *         null} for a resource never loaded nor saved
	 */
	public FileStamp readStamp() {
		return readStamp;
	}

	/** @return the schema version the file had when it was loaded (lower than the current one after a migration) */
	public int loadedSchemaVersion() {
		return loadedSchemaVersion;
	}

	/** @return the workbook of this resource, or {@code null} when it has none */
	public FacilityWorkbook workbook() {
		return getContents().isEmpty() || !(getContents().get(0) instanceof FacilityWorkbook wb) ? null : wb;
	}

	@Override
	protected boolean useUUIDs() {
		return false; // ids are the Identified.id attribute, UUIDs assigned by ModelIds
	}

	@Override
	protected void attachedHelper(EObject eObject) {
		if (!isLoading()) {
			ModelIds.ensureId(eObject);
		}
		super.attachedHelper(eObject);
	}

	@Override
	public void load(Map<?, ?> options) throws IOException {
		try {
			super.load(options);
			if (loadedSchemaVersion < SchemaVersion.CURRENT) {
				setModified(true); // after super.load, which marks the resource unmodified
			}
		} catch (IOException e) {
			loadFailed = true;
			throw translate(e);
		}
	}

	@Override
	public void doLoad(InputStream inputStream, Map<?, ?> options) throws IOException {
		FileTime modified = modifiedTime();
		byte[] bytes = inputStream.readNBytes(MAX_FILE_BYTES + 1);
		if (bytes.length > MAX_FILE_BYTES) {
			throw new ModelLoadException(displayName(), 0, 0, NLS.bind(Messages.Load_tooLarge, MAX_FILE_BYTES >> 20), null);
		}
		InputStream in = new ByteArrayInputStream(bytes);
		SchemaProbe probe = SchemaProbe.of(in);
		in.reset();
		checkReadable(probe);
		super.doLoad(in, options);
		SelfContained.check(this, bytes);
		readStamp = FileStamp.of(bytes, modified);
		loadedSchemaVersion = probe.readable() ? probe.schemaVersion() : SchemaVersion.CURRENT;
		FacilityWorkbook workbook = workbook();
		if (workbook != null && loadedSchemaVersion < SchemaVersion.CURRENT) {
			migrate(workbook, options);
		}
	}

	private void checkReadable(SchemaProbe probe) throws ModelLoadException {
		if (!probe.readable()) {
			return; // the parser names the place of the syntax error
		}
		String file = displayName();
		if (!SchemaVersion.NAMESPACE.equals(probe.namespace())) {
			if (probe.namespace() != null && probe.namespace().startsWith(SchemaVersion.NAMESPACE_PREFIX)) {
				throw new NewerSchemaException(file, probe.line(), probe.column(),
						NLS.bind(Messages.Load_unknownNamespace, probe.namespace(), SchemaVersion.NAMESPACE), -1);
			}
			throw new ModelLoadException(file, probe.line(), probe.column(),
					NLS.bind(Messages.Load_notAFacilityFile, probe.rootName(), String.valueOf(probe.namespace())), null);
		}
		if (probe.schemaVersion() < 0) {
			throw new ModelLoadException(file, probe.line(), probe.column(), Messages.Load_badSchemaVersion, null);
		}
		if (probe.schemaVersion() > SchemaVersion.CURRENT) {
			throw new NewerSchemaException(file, probe.line(), probe.column(),
					NLS.bind(Messages.Load_newerSchema, probe.schemaVersion(), SchemaVersion.CURRENT), probe.schemaVersion());
		}
	}

	private void migrate(FacilityWorkbook workbook, Map<?, ?> options) throws ModelLoadException {
		List<SchemaMigration> migrations = migrationsFrom(options);
		for (int version = loadedSchemaVersion; version < SchemaVersion.CURRENT; version++) {
			SchemaMigration step = find(migrations, version);
			if (step == null) {
				throw new ModelLoadException(displayName(), 0, 0, NLS.bind(Messages.Load_noMigration, version, SchemaVersion.CURRENT), null);
			}
			step.migrate(workbook, this);
		}
		workbook.setSchemaVersion(SchemaVersion.CURRENT);
		ModelIds.ensureIds(workbook);
	}

	@SuppressWarnings("unchecked")
	private static List<SchemaMigration> migrationsFrom(Map<?, ?> options) {
		Object given = options == null ? null : options.get(OPTION_MIGRATIONS);
		return given instanceof List<?> list ? (List<SchemaMigration>) list : SchemaMigrations.builtIn();
	}

	private static SchemaMigration find(List<SchemaMigration> migrations, int sourceVersion) {
		for (SchemaMigration m : migrations) {
			if (m.sourceVersion() == sourceVersion) {
				return m;
			}
		}
		return null;
	}

	private FileTime modifiedTime() {
		try {
			return getURI().isFile() ? Files.getLastModifiedTime(Path.of(getURI().toFileString())) : FileTime.fromMillis(0);
		} catch (IOException e) {
			return FileTime.fromMillis(0);
		}
	}

	/**
	 * Saves atomically. A loaded (or once saved) resource is compared with the file first: when another program
	 * changed it, {@link FileChangedException} is thrown and nothing is written. A file another live program holds
	 * open ({@link FacilityLock}) is refused with {@link FileLockedException}. Options: see {@link FacilityFiles}.
	 */
	@Override
	public void save(Map<?, ?> options) throws IOException {
		if (loadFailed) {
			throw new IOException(NLS.bind(Messages.Save_refusedAfterFailedLoad, displayName()));
		}
		prepareForSave();
		if (!getURI().isFile()) {
			super.save(options);
			return;
		}
		Path file = Path.of(getURI().toFileString());
		if (!flag(options, FacilityFiles.OPTION_IGNORE_LOCK)) {
			FacilityLock.checkWritable(file);
		}
		AtomicFileWriter writer = new AtomicFileWriter().withConflictCopy(flag(options, FacilityFiles.OPTION_KEEP_CONFLICT_COPY));
		if (!flag(options, FacilityFiles.OPTION_OVERWRITE_CHANGED)) {
			writer = writer.unchangedSince(readStamp);
		}
		readStamp = writer.write(file, out -> save(out, options));
	}

	private static boolean flag(Map<?, ?> options, String key) {
		return options != null && Boolean.TRUE.equals(options.get(key));
	}

	/** Every element gets an id, and the file records the format it is written in. */
	private void prepareForSave() {
		for (EObject root : getContents()) {
			ModelIds.ensureIds(root);
			if (root instanceof FacilityWorkbook workbook) {
				workbook.setSchemaVersion(SchemaVersion.CURRENT);
			}
		}
	}

	/** @return the file as users know it: a local path, or the URI */
	public String displayName() {
		return getURI().isFile() ? getURI().toFileString() : getURI().toString();
	}

	private IOException translate(IOException e) {
		if (e instanceof ModelLoadException) {
			return e;
		}
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof IllegalValueException x) {
				String feature = x.getFeature() != null ? x.getFeature().getName() : "?"; //$NON-NLS-1$
				return new ModelLoadException(displayName(), x.getLine(), x.getColumn(),
						NLS.bind(Messages.Load_illegalValue, x.getValue(), feature), e);
			}
			if (t instanceof XMIException x) {
				return new ModelLoadException(displayName(), x.getLine(), x.getColumn(), rootMessage(x), e);
			}
			if (t instanceof SAXParseException x) {
				return new ModelLoadException(displayName(), x.getLineNumber(), x.getColumnNumber(), saxMessage(x), e);
			}
			if (t instanceof ModelLoadException m) {
				return m;
			}
		}
		for (Resource.Diagnostic d : getErrors()) {
			return new ModelLoadException(displayName(), d.getLine(), d.getColumn(), d.getMessage(), e);
		}
		return new ModelLoadException(displayName(), 0, 0, String.valueOf(e.getMessage()), e);
	}

	/** XMIException wraps SAX exceptions whose message is the useful one. */
	private static String rootMessage(XMIException x) {
		Throwable inner = x.getCause() != null ? x.getCause() : x.getWrappedException();
		if (inner instanceof SAXParseException sax) {
			return saxMessage(sax);
		}
		return inner != null && inner.getMessage() != null ? inner.getMessage() : x.getMessage();
	}

	/** The parser's own text, except for the refused DOCTYPE, which gets ours (in the user's language). */
	private static String saxMessage(SAXParseException x) {
		String text = String.valueOf(x.getMessage());
		return text.contains("DOCTYPE") ? Messages.Load_doctype : text; //$NON-NLS-1$
	}

	/** Load options can be shared: the parser pool is thread-safe and saves re-creating SAX parsers for each file. */
	private static final class SharedParserPool {
		static final org.eclipse.emf.ecore.xmi.XMLParserPool INSTANCE = new org.eclipse.emf.ecore.xmi.impl.XMLParserPoolImpl();
	}
}
