package io.sekisho.firmware.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStores;
import io.sekisho.firmware.vuln.store.ImportListener;
import io.sekisho.firmware.vuln.store.StoreImporter;

/**
 * One lookup in the all-years store: the candidate CVE records of one vendor:product, decoded (what the matcher
 * asks per device) — as the store answers once it holds them decoded, and the first time after it was opened — and
 * a KEV lookup. Runs on the store ImportBenchmark leaves behind; builds it when absent.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-XX:ActiveProcessorCount=2" })
@State(Scope.Benchmark)
public class LookupBenchmark {
	/** Size of the store built when ImportBenchmark left none (same generator, same product spread). */
	@org.openjdk.jmh.annotations.Param({ "380000" })
	public int records;

	private VulnerabilityStore store;

	@Setup(Level.Trial)
	public void open() throws IOException {
		Path dir = Path.of(System.getProperty("bench.dir", "target"));
		Path kept = dir.resolve("store-lookup");
		if (!Files.exists(kept.resolve("current"))) {
			// the feed set ImportBenchmark keeps (same generator), else a new one
			Path feedDir = dir.resolve("feeds-" + records);
			List<Path> files;
			if (Files.isRegularFile(feedDir.resolve("complete"))) {
				try (java.util.stream.Stream<Path> list = Files.list(feedDir)) {
					files = list.filter(p -> p.getFileName().toString().endsWith(".json.gz")).sorted().toList();
				}
			} else {
				files = new AllYearsFeedSet().write(dir.resolve("feeds-lookup"), records);
			}
			long start = System.nanoTime();
			new StoreImporter(kept).importFiles(files, ImportListener.NONE);
			double seconds = (System.nanoTime() - start) / 1e9;
			System.out.printf("%n[setup import] %d records in %.1f s = %.0f records/s%n", records, seconds,
					records / seconds);
		}
		store = VulnerabilityStores.open(kept);
		System.out.printf("%n[store] %s; fortinet:fortios %d records, cisco_123:ios_xe_123 %d%n",
				store.status(), store.candidates("fortinet", "fortios").size(),
				store.candidates("cisco_123", "ios_xe_123").size());
	}

	@TearDown(Level.Trial)
	public void close() {
		store.close();
	}

	/** A typical product: about 19 records (380,000 over 20,000 products). */
	@Benchmark
	public List<CveRecord> candidatesTypicalProduct() {
		return store.candidates("cisco_123", "ios_xe_123");
	}

	/** FortiOS, the heaviest real case: about a thousand records (as many as NVD has). */
	@Benchmark
	public List<CveRecord> candidatesFortiOS() {
		return store.candidates("fortinet", "fortios");
	}

	/** A store opened just before (nothing decoded yet, the file in the OS cache): FortiOS's 950 records read and decoded. */
	@State(Scope.Thread)
	public static class Fresh {
		VulnerabilityStore store;

		@Setup(Level.Invocation)
		public void open() throws IOException {
			store = VulnerabilityStores.open(Path.of(System.getProperty("bench.dir", "target")).resolve("store-lookup"));
		}

		@TearDown(Level.Invocation)
		public void close() {
			store.close();
		}
	}

	/** The first lookup of FortiOS after the store was opened (the store then keeps the decoded records). */
	@Benchmark
	public List<CveRecord> candidatesFortiOSFirstAfterOpen(Fresh fresh) {
		return fresh.store.candidates("fortinet", "fortios");
	}

	@Benchmark
	public Object kevLookup() {
		return store.kev("CVE-2018-13379");
	}
}
