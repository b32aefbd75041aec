package io.sekisho.firmware.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

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

import io.sekisho.firmware.vuln.store.ImportListener;
import io.sekisho.firmware.vuln.store.ImportResult;
import io.sekisho.firmware.vuln.store.StoreImporter;

/**
 * Import of an all-years-sized NVD feed set into an empty store (the first import at a site), single shot: one
 * invocation is the whole import of the 25 yearly files, read, written into a new H2 database, kept by SHA-256
 * and switched live. Heap limited to 512 MB, two processors.
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
			AllYearsFeedSet set = new AllYearsFeedSet();
			files = set.write(dir.resolve("feeds"), records);
			uncompressedBytes = set.uncompressedBytes();
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
		public void removeFeeds() throws IOException {
			// the generated feeds are not kept; the store stays for LookupBenchmark
			for (Path f : files) {
				Files.deleteIfExists(f);
			}
			Path kept = Path.of(System.getProperty("bench.dir", "target")).resolve("store-lookup");
			delete(kept);
			Files.move(store, kept);
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
