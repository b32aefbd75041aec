package io.sekisho.firmware.vuln.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.MVStoreException;

import io.sekisho.firmware.vuln.StoreStatus;
import io.sekisho.firmware.vuln.feed.FeedException;
import io.sekisho.firmware.vuln.feed.FeedReader;
import io.sekisho.firmware.vuln.feed.FeedSummary;

/**
 * Imports feed files into a store folder. The import builds a new store file (a copy of the live one plus the
 * new files, or, when the store format changed, a fresh one from the kept feed files plus the new files) and
 * makes it live with one atomic rename. A bad file, a full disk, a cancel or a killed process leaves the previous
 * database live and unchanged. One importer at a time: an OS file lock on {@code import.lock}.
 */
public final class StoreImporter {
	private static final SecureRandom RANDOM = new SecureRandom();

	private final StoreLayout layout;
	private final FeedReader reader;

	public StoreImporter(Path storeDir) {
		this(storeDir, new FeedReader());
	}

	public StoreImporter(Path storeDir, FeedReader reader) {
		this.layout = new StoreLayout(storeDir);
		this.reader = reader;
	}

	/**
	 * Imports the files (NVD {@code .meta} companions are read with their feed and skipped when named on their
	 * own). All or nothing: on any exception the store is as it was.
	 *
	 * @throws FeedException a file is not a readable feed (named with record or byte offset)
	 * @throws StoreException the store is busy or cannot be written
	 * @throws IOException the listener stopped the import (cancel)
	 */
	public ImportResult importFiles(List<Path> files, ImportListener listener) throws IOException {
		return run(files, listener, false);
	}

	/** Rebuilds the database from the kept feed files alone (after a change of the store format). */
	public ImportResult rebuild(ImportListener listener) throws IOException {
		return run(List.of(), listener, true);
	}

	private ImportResult run(List<Path> files, ImportListener listener, boolean forceRebuild) throws IOException {
		Path dir = layout.dir();
		try {
			Files.createDirectories(layout.feeds());
		} catch (IOException e) {
			throw new StoreException(NLS.bind(Messages.Store_writeFailed, dir, e.toString()), e);
		}
		try (FileChannel channel = FileChannel.open(layout.lockFile(), StandardOpenOption.CREATE,
				StandardOpenOption.WRITE)) {
			FileLock lock;
			try {
				lock = channel.tryLock();
			} catch (OverlappingFileLockException e) {
				lock = null; // held by this JVM
			}
			if (lock == null) {
				throw new StoreException(NLS.bind(Messages.Store_busy, dir), null);
			}
			try {
				return locked(files, listener, forceRebuild);
			} finally {
				lock.release();
			}
		}
	}

	private ImportResult locked(List<Path> files, ImportListener listener, boolean forceRebuild) throws IOException {
		Optional<String> current = layout.current();
		removeLeftovers(current);
		String name = "store-" + Long.toString(System.currentTimeMillis(), 36) + "-" //$NON-NLS-1$ //$NON-NLS-2$
				+ HexFormat.of().formatHex(RANDOM.generateSeed(4));
		Path base = layout.database(name);
		boolean rebuild = forceRebuild || current.isEmpty() || layout.currentVersion() != StoreFormat.VERSION;
		List<FileResult> results = new ArrayList<>();
		Map<Path, FileResult> newFeeds = new LinkedHashMap<>();
		StoreStatus status;
		try {
			if (!rebuild) {
				Files.copy(StoreFormat.file(layout.database(current.get())), StoreFormat.file(base));
			}
			MVStore store = StoreFormat.open(base, false);
			try {
				StoreWriter writer = new StoreWriter(store);
				LocalDate dataDate = rebuild ? null : writer.dataDate();
				List<FeedPipeline.Source> sources = new ArrayList<>();
				if (rebuild) {
					for (KeptFeeds.Entry kept : KeptFeeds.read(layout)) {
						Path file = layout.keptFeed(kept.sha256());
						if (!Files.isRegularFile(file)) {
							throw new StoreException(NLS.bind(Messages.Store_keptFeedMissing, layout.dir(),
									kept.name()), null);
						}
						sources.add(new FeedPipeline.Source(file, kept.name(), true));
					}
				}
				for (Path file : files) {
					if (!FeedReader.isCompanion(file)) {
						sources.add(new FeedPipeline.Source(file, file.toString(), false));
					}
				}
				try (FeedPipeline pipeline = FeedPipeline.start(reader, sources)) {
					for (FeedPipeline.Slot slot : pipeline.slots()) {
						FileResult result = importOne(writer, slot, listener);
						if (!slot.source().kept()) {
							results.add(result);
							newFeeds.put(slot.source().file(), result);
						}
						dataDate = later(dataDate, result.dataDate());
					}
				}
				if (dataDate != null) {
					writer.setMeta(StoreFormat.META_DATA_DATE, dataDate.toString());
				}
				writer.finish();
				status = MvVulnerabilityStore.readStatus(store);
				store.close();
			} finally {
				if (!store.isClosed()) {
					store.closeImmediately(); // failed: the file is thrown away
				}
			}
			keep(newFeeds);
			layout.switchTo(name);
		} catch (MVStoreException e) {
			deleteQuietly(base);
			throw new StoreException(NLS.bind(Messages.Store_writeFailed, layout.dir(), e.getMessage()), e);
		} catch (IOException | RuntimeException | Error e) {
			deleteQuietly(base);
			if (e instanceof FeedException || e instanceof StoreException) {
				throw e;
			}
			if (e instanceof IOException io && !(e instanceof java.io.InterruptedIOException)) {
				throw new StoreException(NLS.bind(Messages.Store_writeFailed, layout.dir(), io.toString()), io);
			}
			throw e;
		}
		current.ifPresent(old -> deleteQuietly(layout.database(old)));
		return new ImportResult(results, status, rebuild && current.isPresent());
	}

	private static FileResult importOne(StoreWriter writer, FeedPipeline.Slot slot, ImportListener listener)
			throws IOException {
		FeedPipeline.Source source = slot.source();
		listener.started(source.file(), source.kept());
		writer.resetCounts();
		FeedSummary summary = slot.drain(new FeedPipeline.Consumer() {
			@Override
			public void record(StoreWriter.Prepared item) {
				writer.write(item);
			}

			@Override
			public void progress(long records, long bytes) throws IOException {
				listener.progress(source.file(), records, bytes);
			}
		});
		FileResult result = new FileResult(source.name(), summary.format(), summary.records(), writer.added,
				writer.updated, writer.skipped, summary.dataDate(), summary.fileSha256());
		writer.recordFeed(result, Instant.now().toString());
		listener.finished(result);
		return result;
	}

	private static LocalDate later(LocalDate a, LocalDate b) {
		if (a == null) {
			return b;
		}
		return b == null || a.isAfter(b) ? a : b;
	}

	/** Copies the new feed files into feeds/ under their SHA-256 and lists them in the manifest. */
	private void keep(Map<Path, FileResult> feeds) throws IOException {
		if (feeds.isEmpty()) {
			return;
		}
		List<KeptFeeds.Entry> entries = new ArrayList<>(KeptFeeds.read(layout));
		for (Map.Entry<Path, FileResult> feed : feeds.entrySet()) {
			String sha = feed.getValue().sha256();
			Path target = layout.keptFeed(sha);
			if (!Files.isRegularFile(target)) {
				Path temp = target.resolveSibling(sha + ".tmp"); //$NON-NLS-1$
				Files.copy(feed.getKey(), temp, StandardCopyOption.REPLACE_EXISTING);
				Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
			}
			if (entries.stream().noneMatch(e -> e.sha256().equals(sha))) {
				entries.add(new KeptFeeds.Entry(sha, feed.getValue().format().name(),
						feed.getKey().getFileName().toString()));
			}
		}
		KeptFeeds.write(layout, entries);
	}

	/** Databases other than the live one are leftovers of an interrupted import or an old generation. */
	private void removeLeftovers(Optional<String> current) throws IOException {
		try (DirectoryStream<Path> stream = Files.newDirectoryStream(layout.dir(), "store-*")) { //$NON-NLS-1$
			for (Path file : stream) {
				String fileName = file.getFileName().toString();
				if (current.isEmpty() || !fileName.startsWith(current.get() + ".")) { //$NON-NLS-1$
					Files.deleteIfExists(file);
				}
			}
		}
	}

	private static void deleteQuietly(Path base) {
		for (String suffix : new String[] { ".mv.db", ".trace.db", ".lock.db", ".mv.db.tempFile" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			try {
				Files.deleteIfExists(base.resolveSibling(base.getFileName() + suffix));
			} catch (IOException e) {
				// removed by the next import (removeLeftovers)
			}
		}
	}

	/** The kept feed files, in import order: {@code sha256 TAB format TAB original file name} per line. */
	static final class KeptFeeds {
		record Entry(String sha256, String format, String name) {
		}

		private KeptFeeds() {
		}

		static List<Entry> read(StoreLayout layout) throws IOException {
			if (!Files.isRegularFile(layout.manifest())) {
				return List.of();
			}
			List<Entry> entries = new ArrayList<>();
			for (String line : Files.readAllLines(layout.manifest(), StandardCharsets.UTF_8)) {
				String[] parts = line.split("\t", 3); //$NON-NLS-1$
				if (parts.length == 3 && parts[0].matches("[0-9a-f]{64}")) { //$NON-NLS-1$
					entries.add(new Entry(parts[0], parts[1], parts[2]));
				}
			}
			return entries;
		}

		static void write(StoreLayout layout, List<Entry> entries) throws IOException {
			StringBuilder text = new StringBuilder();
			for (Entry e : entries) {
				text.append(e.sha256()).append('\t').append(e.format()).append('\t')
						.append(e.name().replace('\t', ' ').replace('\n', ' ')).append('\n');
			}
			StoreLayout.writeAtomically(layout.manifest(), text.toString().getBytes(StandardCharsets.UTF_8));
		}
	}
}
