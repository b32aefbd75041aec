package io.sekisho.firmware.match.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;

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

import io.sekisho.firmware.match.DeviceProducts;
import io.sekisho.firmware.match.FirmwareQuery;
import io.sekisho.firmware.match.MatchResult;
import io.sekisho.firmware.match.Matcher;
import io.sekisho.firmware.register.DeviceMatch;
import io.sekisho.firmware.register.FirmwareRegister;
import io.sekisho.firmware.versions.VersionSchemes;
import io.sekisho.firmware.vuln.VulnerabilityStore;
import io.sekisho.firmware.vuln.VulnerabilityStores;
import io.sekisho.firmware.vuln.store.ImportListener;
import io.sekisho.firmware.vuln.store.StoreImporter;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.DeviceCategory;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Matching (issue 11 anchors: 5,000 devices under 1 s, one lookup under 1 ms), on two stores: the shipped snapshot
 * (in memory, what a first start and the demo use) and installed stores (see {@link #store}) built by the real
 * importer from copies of the snapshot's real records (FortiOS with about a thousand candidates, as many as NVD has;
 * fw-store's LookupBenchmark measures the store's own lookups at the all-years size). A lookup is one
 * {@link Matcher#match}: candidates of the product and its aliases, NVD applicability of every candidate, KEV and
 * JVN of each hit. The register run matches 5,000 devices of 15 products in 25 releases each (the devices of a facility share products,
 * which the register's per-run cache uses), without writing the model.
 */
@BenchmarkMode(Mode.AverageTime)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = { "-Xmx512m", "-XX:ActiveProcessorCount=2" })
@State(Scope.Benchmark)
public class MatchBenchmark {

	/**
	 * {@code snapshot}: the shipped snapshot in memory; {@code installed-20000}: an installed store of 20,000 records
	 * made from the snapshot's real FortiOS, YAMAHA, Cisco, Ivanti and NEC records (1,003 FortiOS records, all of which
	 * apply to 6.0.4); {@code all-years}: the 380,000-record store ImportBenchmark (io.sekisho.firmware.benchmarks)
	 * leaves in its target/store-lookup (or {@code -Dbench.allYearsStore=DIR}).
	 */
	@Param({ "snapshot", "installed-20000", "all-years" })
	public String store;

	private VulnerabilityStore data;
	private Matcher matcher;
	private FirmwareQuery fortiOs604;
	private FirmwareQuery rtx1210;
	private FacilityWorkbook facility;
	private FirmwareRegister register;

	private static final String[][] PRODUCTS = { { "Fortinet", "FortiGate 60E", "FortiOS", "6.0.4" }, { "Fortinet", "FortiGate 100F", "FortiOS", "7.4.8" },
			{ "YAMAHA", "RTX1210", null, "Rev.14.01.38" }, { "YAMAHA", "RTX830", null, "Rev.15.02.30" }, { "NTT西日本", "Biz Box ルータ NVR510", null, "Rev.15.01.17" },
			{ "Cisco", "C9300-48P", "IOS XE", "17.9.4" }, { "Cisco", "C2960X", "IOS", "15.2(4)E7" }, { "NEC", "UNIVERGE IX2215", null, "10.7.18" },
			{ "NEC", "UNIVERGE IX-R2530", null, "Ver1.4.25" }, { "Allied Telesis", "AT-x530L-52GTX", "AlliedWare Plus", "5.5.3-0.1" },
			{ "Buffalo", "WAPM-1266R", null, "1.10" }, { "Palo Alto Networks", "PA-220", "PAN-OS", "10.2.9-h1" }, { "Ivanti", "PSA3000", "Connect Secure", "9.1R18.2" },
			{ "SonicWall", "TZ370", "SonicOS", "7.0.1-5035" }, { "Juniper Networks", "SRX300", "Junos", "20.4R3-S4.8" } };

	@Setup(Level.Trial)
	public void open() throws IOException {
		data = switch (store) {
		case "snapshot" -> VulnerabilityStores.openShippedSnapshot();
		case "all-years" -> allYears();
		default -> h2(20_000);
		};
		VersionSchemes schemes = VersionSchemes.builtIn();
		matcher = new Matcher(data, schemes);
		fortiOs604 = DeviceProducts.of("Fortinet", "FortiGate 60E", "FortiOS", null, null).orElseThrow().query("6.0.4");
		rtx1210 = DeviceProducts.of("YAMAHA", "RTX1210", null, null, null).orElseThrow().query("Rev.14.01.38");
		facility = FacilityFactory.eINSTANCE.createFacilityWorkbook();
		for (int i = 0; i < 5_000; i++) {
			String[] p = PRODUCTS[i % PRODUCTS.length];
			Device d = FacilityFactory.eINSTANCE.createDevice();
			d.setId("device-" + i);
			d.setName(String.format("NW-%05d", i));
			d.setCategory(DeviceCategory.NETWORK_DEVICE);
			d.setManufacturer(p[0]);
			d.setModel(p[1]);
			d.setOperatingSystem(p[2]);
			d.setFirmwareVersion(variant(p[3], (i / PRODUCTS.length) % 25));
			facility.getDevices().add(d);
		}
		register = new FirmwareRegister(matcher, LocalDate.of(2026, 12, 1));
		MatchResult check = matcher.match(fortiOs604);
		System.out.printf("%n[%s] %s; FortiOS 6.0.4: %d CVEs%n", store, data.status(), check.matches().size());
	}

	/** The version with its last number moved by {@code k}: 25 releases per product, 375 distinct firmware. */
	static String variant(String version, int k) {
		java.util.regex.Matcher m = java.util.regex.Pattern.compile("(\\d+)(\\D*)$").matcher(version);
		if (!m.find()) {
			return version;
		}
		return version.substring(0, m.start()) + (Integer.parseInt(m.group(1)) + k) + m.group(2);
	}

	/** The installed store built by the real importer from a feed of synthetic records; kept between runs. */
	private static VulnerabilityStore h2(int records) throws IOException {
		Path dir = Path.of(System.getProperty("bench.dir", "target")).resolve("store-" + records);
		if (!Files.exists(dir.resolve("current"))) {
			Path feed = FeedFile.write(dir.getParent().resolve("feed-" + records + "/nvdcve-2.0-synthetic.json"), Synthetic.store(records).records());
			new StoreImporter(dir).importFiles(List.of(feed), ImportListener.NONE);
			Files.delete(feed);
		}
		return VulnerabilityStores.open(dir);
	}

	private static VulnerabilityStore allYears() throws IOException {
		Path bench = Path.of(System.getProperty("bench.dir", "target"));
		Path dir = Path.of(System.getProperty("bench.allYearsStore",
				bench.resolve("../../io.sekisho.firmware.benchmarks/target/store-lookup").normalize().toString()));
		if (!Files.exists(dir.resolve("current"))) {
			throw new IllegalStateException(dir + ": no all-years store; run ImportBenchmark of io.sekisho.firmware.benchmarks first");
		}
		return VulnerabilityStores.open(dir);
	}

	@TearDown(Level.Trial)
	public void close() {
		data.close();
	}

	/** One lookup: FortiOS 6.0.4 on a FortiGate 60E (the heaviest product). */
	@Benchmark
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public MatchResult lookupFortiOs() {
		return matcher.match(fortiOs604);
	}

	/** One lookup: YAMAHA RTX1210 (firmware and hardware products, NTT aliases not involved). */
	@Benchmark
	@OutputTimeUnit(TimeUnit.MICROSECONDS)
	public MatchResult lookupYamaha() {
		return matcher.match(rtx1210);
	}

	/** The register of 5,000 devices, matched (evaluate only: nothing written). */
	@Benchmark
	@OutputTimeUnit(TimeUnit.MILLISECONDS)
	public List<DeviceMatch> match5000Devices() {
		return register.evaluate(facility);
	}
}
