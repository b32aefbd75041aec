package io.sekisho.firmware.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

import org.openjdk.jmh.annotations.AuxCounters;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.feed.FeedReader;
import io.sekisho.firmware.vuln.feed.FeedSink;
import io.sekisho.firmware.vuln.feed.ProgressListener;
import io.sekisho.firmware.vuln.store.ImportListener;
import io.sekisho.firmware.vuln.store.ImportResult;
import io.sekisho.firmware.vuln.store.StoreImporter;

/**
 * Import of an all-years-sized NVD feed set into an empty store (the first import at a site), single shot: one
 * invocation is the whole import of the 25 yearly files, read, written into a new store file, kept by SHA-256 and
 * switched live. Heap limited to 512 MB, two processors. Beside it, on the same files: the importer's reading alone
 * ({@link #feedReaderOnly}) and a floor ({@link #jacksonStreamingFloor}), so that a run on a loaded machine can be
 * read against what the machine gave at that moment.
 */
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 0)
@Measurement(iterations = 1)
@org.openjdk.jmh.annotations.Timeout(time = 60, timeUnit = TimeUnit.MINUTES)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-XX:ActiveProcessorCount=2" })
public class ImportBenchmark {

	@State(Scope.Benchmark)
	public static class Feeds {
		@Param({ "380000" })
		public int records;

		List<Path> files;
		Path store;
		long uncompressedBytes;
		long compressedBytes;

		@Setup(Level.Trial)
		public void generate() throws IOException {
			Path dir = Path.of(System.getProperty("bench.dir", "target"));
			// generated once and kept in target/ (the three benchmarks read the same files; mvn clean removes them)
			Path feedDir = dir.resolve("feeds-" + records);
			Path done = feedDir.resolve("complete");
			if (Files.isRegularFile(done)) {
				try (Stream<Path> list = Files.list(feedDir)) {
					files = list.filter(p -> p.getFileName().toString().endsWith(".json.gz")).sorted().toList();
				}
				uncompressedBytes = Long.parseLong(Files.readString(done).trim());
			} else {
				AllYearsFeedSet set = new AllYearsFeedSet();
				files = set.write(feedDir, records);
				uncompressedBytes = set.uncompressedBytes();
				Files.writeString(done, Long.toString(uncompressedBytes));
			}
			for (Path f : files) {
				compressedBytes += Files.size(f);
			}
			System.out.printf("%n[feed set] %d files, %d records, %.0f MB uncompressed, %.0f MB gzip%n", files.size(),
					records, uncompressedBytes / 1e6, compressedBytes / 1e6);
			store = dir.resolve("store-import");
		}

		@Setup(Level.Iteration)
		public void emptyStore() throws IOException {
			delete(store);
		}

		@TearDown(Level.Trial)
		public void keepStore() throws IOException {
			// the store stays for LookupBenchmark and MatchBenchmark's "all-years" store
			if (Files.isRegularFile(store.resolve("current"))) {
				Path kept = Path.of(System.getProperty("bench.dir", "target")).resolve("store-lookup");
				delete(kept);
				Files.move(store, kept);
			}
		}
	}

	@State(Scope.Thread)
	@AuxCounters(AuxCounters.Type.EVENTS)
	public static class Heap {
		public double peakHeapMB;
		public double recordsPerSecond;
		private long start;

		@Setup(Level.Invocation)
		public void before() {
			PeakHeap.reset();
			start = System.nanoTime();
		}

		@TearDown(Level.Invocation)
		public void after() {
			peakHeapMB = PeakHeap.megabytes();
			recordsPerSecond = imported / ((System.nanoTime() - start) / 1e9);
		}

		long imported;
	}

	@Benchmark
	public ImportResult importAllYears(Feeds feeds, Heap heap) throws IOException {
		ImportResult result = new StoreImporter(feeds.store).importFiles(feeds.files, ImportListener.NONE);
		heap.imported = result.status().nvdTotal();
		if (result.status().nvdTotal() != feeds.records) {
			throw new IllegalStateException("imported " + result.status().nvdTotal());
		}
		return result;
	}

	/**
	 * The floor beside the import, on the same files, same JVM settings: gzip and Jackson's streaming parser over
	 * every token, nothing built or kept (what no importer of these files can beat on this machine at this moment).
	 */
	@Benchmark
	public long jacksonStreamingFloor(Feeds feeds) throws IOException {
		JsonFactory json = new JsonFactory();
		long tokens = 0;
		for (Path file : feeds.files) {
			try (InputStream in = new GZIPInputStream(Files.newInputStream(file), 65536);
					JsonParser parser = json.createParser(in)) {
				while (parser.nextToken() != null) {
					tokens++;
				}
			}
		}
		return tokens;
	}

	/** The importer's reading alone (gzip, both SHA-256, format detection, limits, records built), into no store. */
	@Benchmark
	public long feedReaderOnly(Feeds feeds) throws IOException {
		long[] count = new long[1];
		FeedSink sink = new FeedSink() {
			@Override
			public void cve(CveRecord record) {
				count[0]++;
			}

			@Override
			public void kev(KevEntry entry) {
				count[0]++;
			}

			@Override
			public void jvn(JvnAdvisory advisory) {
				count[0]++;
			}
		};
		FeedReader reader = new FeedReader();
		for (Path file : feeds.files) {
			reader.read(file, sink, ProgressListener.NONE);
		}
		return count[0];
	}

	static void delete(Path dir) throws IOException {
		if (!Files.exists(dir)) {
			return;
		}
		try (Stream<Path> walk = Files.walk(dir)) {
			for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
				Files.delete(p);
			}
		}
	}
}
