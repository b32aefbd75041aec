package io.sekisho.firmware.vuln.store;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;

import io.sekisho.firmware.vuln.CnaAffected;
import io.sekisho.firmware.vuln.Configuration;
import io.sekisho.firmware.vuln.CpeMatch;
import io.sekisho.firmware.vuln.CpeNames;
import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.JvnProduct;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.Node;
import io.sekisho.firmware.vuln.store.StoreFormat.CveState;

/**
 * Writes records into the store file being built, counting per file what was added, updated and skipped. It runs on
 * the importing thread and takes the records {@link Prepared prepared} by the reader threads of a
 * {@link FeedPipeline}, in the order of the files and, within a file, in the order they were read, so the outcome is
 * that of reading and writing the files one by one. The product index is collected in memory (CVE numbers per
 * product) and written once per product by {@link #finish()}: measured, index maintenance per record was most of an
 * import's time.
 */
final class StoreWriter {
	/** A growing list of CVE numbers. */
	private static final class Numbers {
		final String key;
		long[] values = new long[4];
		int size;

		Numbers(String key) {
			this.key = key;
		}

		void remove(long value) {
			for (int i = 0; i < size; i++) {
				if (values[i] == value) {
					values[i] = values[--size];
					return;
				}
			}
		}

		void add(long value) {
			if (size == values.length) {
				values = Arrays.copyOf(values, size * 2);
			}
			values[size++] = value;
		}
	}

	/**
	 * A record in the form the store keeps it, made on the reader's thread (encoding and product keys cost as
	 * much as a third of the writing).
	 */
	sealed interface Prepared {
		/** Roughly what the record holds on the heap, for the pipeline's budget. */
		int weight();
	}

	record PreparedCve(long number, CveState state, byte[] data, String[] products) implements Prepared {
		static PreparedCve of(CveRecord record) {
			CveState state = new CveState(record.awaitingAnalysis(), !record.cnaAffected().isEmpty(),
					record.lastModified());
			return new PreparedCve(StoreFormat.number(record.cveId()), state, RecordCodec.encode(record),
					StoreWriter.products(record).toArray(new String[0]));
		}

		@Override
		public int weight() {
			return data.length + 64 * products.length + 128;
		}
	}

	record PreparedKev(String cveId, byte[] data) implements Prepared {
		static PreparedKev of(KevEntry entry) {
			return new PreparedKev(entry.cveId(), RecordCodec.encode(entry));
		}

		@Override
		public int weight() {
			return data.length + 96;
		}
	}

	record PreparedJvn(JvnAdvisory advisory, byte[] data) implements Prepared {
		static PreparedJvn of(JvnAdvisory advisory) {
			return new PreparedJvn(advisory, RecordCodec.encode(advisory));
		}

		@Override
		public int weight() {
			return 3 * data.length + 128; // the advisory object beside its encoded form
		}
	}

	private final MVStore store;
	private final MVMap<Long, byte[]> cves;
	private final MVMap<Long, String> states;
	private final MVMap<String, byte[]> products;
	private final MVMap<String, byte[]> kev;
	private final MVMap<String, byte[]> jvn;
	private final MVMap<String, byte[]> jvnCve;
	private final MVMap<String, byte[]> jvnVendor;
	private final MVMap<String, String> meta;

	/** The products of each CVE written by this import (product keys shared through {@link #members}). */
	private final Map<Long, String[]> written = new HashMap<>();
	/** Products whose stored list loses a CVE that this import rewrote. */
	private final Set<String> replacedIn = new HashSet<>();
	/** Per product, the CVEs written by this import that name it. */
	private final Map<String, Numbers> members = new HashMap<>();
	private long analysed;
	private long awaiting;
	private long withCna;

	long added;
	long updated;
	long skipped;

	StoreWriter(MVStore store) {
		this.store = store;
		cves = StoreFormat.cves(store);
		states = StoreFormat.cveStates(store);
		products = StoreFormat.products(store);
		kev = StoreFormat.kev(store);
		jvn = StoreFormat.jvn(store);
		jvnCve = StoreFormat.jvnCve(store);
		jvnVendor = StoreFormat.jvnVendor(store);
		meta = StoreFormat.meta(store);
		meta.putIfAbsent(StoreFormat.META_VERSION, Integer.toString(StoreFormat.VERSION));
		analysed = count(StoreFormat.META_ANALYSED);
		awaiting = count(StoreFormat.META_AWAITING);
		withCna = count(StoreFormat.META_WITH_CNA);
	}

	private long count(String key) {
		String value = meta.get(key);
		return value == null ? 0 : Long.parseLong(value);
	}

	void resetCounts() {
		added = 0;
		updated = 0;
		skipped = 0;
	}

	void write(Prepared item) {
		switch (item) {
		case PreparedCve cve -> write(cve);
		case PreparedKev entry -> write(entry);
		case PreparedJvn advisory -> write(advisory);
		}
	}

	/** Writes the product index and the counts; the store is complete once it is committed. */
	void finish() {
		{
			Set<String> names = new HashSet<>(members.keySet());
			names.addAll(replacedIn);
			String[] affected = names.toArray(new String[0]);
			// in key order: the B-tree is then written from left to right (measured: random order cost seconds)
			Arrays.parallelSort(affected);
			boolean empty = products.isEmpty();
			for (String key : affected) {
				long[] stored = empty ? new long[0] : NumberList.decode(products.get(key));
				Numbers fresh = members.get(key);
				int freshCount = fresh == null ? 0 : fresh.size;
				long[] all = new long[stored.length + freshCount];
				int n = 0;
				for (long number : stored) {
					if (!written.containsKey(Long.valueOf(number))) {
						all[n++] = number;
					}
				}
				if (fresh != null) {
					System.arraycopy(fresh.values, 0, all, n, freshCount);
					n += freshCount;
				}
				n = NumberList.sortDistinct(all, n);
				if (n == 0) {
					products.remove(key);
				} else {
					products.put(key, NumberList.encode(all, n));
				}
			}
			meta.put(StoreFormat.META_ANALYSED, Long.toString(analysed));
			meta.put(StoreFormat.META_AWAITING, Long.toString(awaiting));
			meta.put(StoreFormat.META_WITH_CNA, Long.toString(withCna));
			store.commit();
		}
	}

	void setMeta(String key, String value) {
		meta.put(key, value);
	}

	LocalDate dataDate() {
		String value = meta.get(StoreFormat.META_DATA_DATE);
		return value == null ? null : LocalDate.parse(value);
	}

	void recordFeed(FileResult result, String importedAt) {
		StoreFormat.feeds(store).put(result.sha256(), String.join("\t", result.name().replace('\t', ' '), //$NON-NLS-1$
				result.format().name(), Long.toString(result.read()),
				result.dataDate() == null ? "-" : result.dataDate().toString(), importedAt)); //$NON-NLS-1$
	}

	private void write(PreparedCve record) {
		Long number = Long.valueOf(record.number());
		String old = states.get(number);
		CveState before = old == null ? null : CveState.decode(old);
		CveState state = record.state();
		if (before != null && !newer(state.lastModified(), before.lastModified())) {
			skipped++;
			return;
		}
		if (before != null) {
			if (!written.containsKey(number)) {
				// stored by an earlier import: its lists lose it in finish()
				byte[] data = cves.get(number);
				if (data != null) {
					replacedIn.addAll(products(RecordCodec.decodeCve(data)));
				}
			}
			counts(before, -1);
			updated++;
		} else {
			added++;
		}
		counts(state, 1);
		cves.put(number, record.data());
		states.put(number, state.encode());
		String[] previous = written.get(number);
		if (previous != null) {
			for (String key : previous) {
				members.get(key).remove(number.longValue()); // the same CVE twice in one import (a modified feed)
			}
		}
		String[] names = record.products();
		String[] shared = new String[names.length];
		for (int i = 0; i < shared.length; i++) {
			Numbers list = members.get(names[i]);
			if (list == null) {
				list = new Numbers(names[i]);
				members.put(list.key, list);
			}
			list.add(number.longValue());
			shared[i] = list.key; // one String per product, shared by every CVE naming it
		}
		written.put(number, shared);
	}

	private void counts(CveState state, int sign) {
		if (state.awaiting()) {
			awaiting += sign;
			if (state.cna()) {
				withCna += sign;
			}
		} else {
			analysed += sign;
		}
	}

	/** NVD's ISO timestamps compare as text; a record without one never replaces a dated one. */
	private static boolean newer(String candidate, String existing) {
		if (candidate == null) {
			return false;
		}
		return existing == null || candidate.compareTo(existing) > 0;
	}

	/** The product keys a record names, in configurations (vulnerable or platform) and CNA data. */
	static List<String> products(CveRecord record) {
		Set<String> keys = new LinkedHashSet<>();
		for (Configuration configuration : record.configurations()) {
			for (Node node : configuration.nodes()) {
				for (CpeMatch match : node.matches()) {
					add(keys, match.vendor(), match.product());
				}
			}
		}
		for (CnaAffected affected : record.cnaAffected()) {
			add(keys, affected.vendor(), affected.product());
		}
		return new ArrayList<>(keys);
	}

	private static void add(Set<String> keys, String vendor, String product) {
		if (vendor != null && product != null) {
			keys.add(StoreFormat.productKey(CpeNames.normalize(vendor), CpeNames.normalize(product)));
		}
	}

	private void write(PreparedKev entry) {
		byte[] data = entry.data();
		byte[] existing = kev.get(entry.cveId());
		if (existing != null && Arrays.equals(existing, data)) {
			skipped++;
			return;
		}
		if (existing == null) {
			added++;
		} else {
			updated++;
		}
		kev.put(entry.cveId(), data);
	}

	private void write(PreparedJvn prepared) {
		JvnAdvisory advisory = prepared.advisory();
		String id = advisory.jvnId();
		byte[] data = prepared.data();
		byte[] existing = jvn.get(id);
		if (existing != null && Arrays.equals(existing, data)) {
			skipped++;
			return;
		}
		if (existing == null) {
			added++;
		} else {
			updated++;
			JvnAdvisory old = RecordCodec.decodeJvn(existing);
			for (String cve : old.cveIds()) {
				unlist(jvnCve, cve, id);
			}
			for (String vendor : vendors(old)) {
				unlist(jvnVendor, vendor, id);
			}
		}
		jvn.put(id, data);
		for (String cve : new LinkedHashSet<>(advisory.cveIds())) {
			list(jvnCve, cve, id);
		}
		for (String vendor : vendors(advisory)) {
			list(jvnVendor, vendor, id);
		}
	}

	private static Set<String> vendors(JvnAdvisory advisory) {
		Set<String> vendors = new LinkedHashSet<>();
		for (JvnProduct product : advisory.products()) {
			String cpeVendor = cpeVendor(product.cpe());
			if (cpeVendor != null && !cpeVendor.isEmpty()) {
				vendors.add(StoreFormat.truncate(CpeNames.normalize(cpeVendor)));
			}
			if (product.vendor() != null && !product.vendor().isBlank()) {
				vendors.add(StoreFormat.truncate(CpeNames.normalize(product.vendor())));
			}
		}
		return vendors;
	}

	private static void list(MVMap<String, byte[]> index, String key, String id) {
		TreeSet<String> ids = new TreeSet<>(RecordCodec.decodeStrings(index.get(key)));
		if (ids.add(id)) {
			index.put(key, RecordCodec.encodeStrings(ids));
		}
	}

	private static void unlist(MVMap<String, byte[]> index, String key, String id) {
		TreeSet<String> ids = new TreeSet<>(RecordCodec.decodeStrings(index.get(key)));
		if (ids.remove(id)) {
			if (ids.isEmpty()) {
				index.remove(key);
			} else {
				index.put(key, RecordCodec.encodeStrings(ids));
			}
		}
	}

	/** The vendor of a CPE 2.2 URI ({@code cpe:/o:yamaha:rtx1210}) or a CPE 2.3 string. */
	static String cpeVendor(String cpe) {
		if (cpe == null) {
			return null;
		}
		return cpe.startsWith("cpe:/") ? CpeNames.part(cpe, 2) : CpeNames.part(cpe, 3); //$NON-NLS-1$
	}
}
