package io.sekisho.firmware.vuln.store;

import java.nio.file.Path;

import org.h2.mvstore.MVMap;
import org.h2.mvstore.MVStore;
import org.h2.mvstore.type.ByteArrayDataType;
import org.h2.mvstore.type.LongDataType;
import org.h2.mvstore.type.StringDataType;

/**
 * The maps of a store file, an H2 MVStore (the key-value store under H2's SQL engine, used directly: measured, the
 * SQL layer's index maintenance was most of an import's time):
 * <ul>
 * <li>{@code cve}: CVE number ({@link #number}) → the record in {@link RecordCodec}'s form (pages LZF-compressed);</li>
 * <li>{@code cveState}: CVE number → {@code flags lastModified} ({@link CveState}), what an import compares and
 * counts without decoding records;</li>
 * <li>{@code product}: {@code vendor NUL product} (normalized CPE names, configurations and CNA data) → the CVE
 * numbers naming it ({@link NumberList}), written once per product at the end of an import;</li>
 * <li>{@code kev}: CVE id → entry; {@code jvn}: JVN id → advisory; {@code jvnCve}: CVE id → JVN ids;
 * {@code jvnVendor}: normalized vendor → JVN ids ({@link RecordCodec#encodeStrings});</li>
 * <li>{@code meta}: format version, data date, counts; {@code feed}: SHA-256 → one line about the imported file.</li>
 * </ul>
 */
final class StoreFormat {
	/** Raise when the maps or {@link RecordCodec} change: stores of another version rebuild from kept feeds. */
	static final int VERSION = 3;

	static final String META_VERSION = "schema"; //$NON-NLS-1$
	static final String META_DATA_DATE = "dataDate"; //$NON-NLS-1$
	static final String META_ANALYSED = "nvdAnalysed"; //$NON-NLS-1$
	static final String META_AWAITING = "nvdAwaiting"; //$NON-NLS-1$
	static final String META_WITH_CNA = "nvdWithCna"; //$NON-NLS-1$

	private StoreFormat() {
	}

	/** The key of a CVE id: {@code CVE-2024-21762} is 2024 * 10^8 + 21762. */
	static long number(String cveId) {
		int dash = cveId.indexOf('-', 4);
		return Long.parseLong(cveId.substring(4, dash)) * 100_000_000L + Long.parseLong(cveId.substring(dash + 1));
	}

	/** The file of a database named {@code base} (the H2 name, so older tools and leftovers look alike). */
	static Path file(Path base) {
		return base.resolveSibling(base.getFileName() + ".mv.db"); //$NON-NLS-1$
	}

	/**
	 * Opens the store file of {@code base}. Readers open it read-only and never write or lock it exclusively, so any
	 * number of readers and the importer (which writes another file) work side by side. The importer's store commits
	 * in the background as its write buffer fills: no transaction log, since a file that is not complete is never
	 * made live.
	 */
	static MVStore open(Path base, boolean readOnly) {
		MVStore.Builder builder = new MVStore.Builder().fileName(file(base).toAbsolutePath().toString());
		if (readOnly) {
			builder.readOnly().cacheSize(16);
		} else {
			builder.compress().cacheSize(32).autoCommitBufferSize(8 * 1024).autoCompactFillRate(0);
		}
		return builder.open();
	}

	static MVMap<Long, byte[]> cves(MVStore store) {
		return store.openMap("cve", new MVMap.Builder<Long, byte[]>().keyType(LongDataType.INSTANCE) //$NON-NLS-1$
				.valueType(ByteArrayDataType.INSTANCE));
	}

	static MVMap<Long, String> cveStates(MVStore store) {
		return store.openMap("cveState", new MVMap.Builder<Long, String>().keyType(LongDataType.INSTANCE) //$NON-NLS-1$
				.valueType(StringDataType.INSTANCE));
	}

	static MVMap<String, byte[]> bytes(MVStore store, String name) {
		return store.openMap(name, new MVMap.Builder<String, byte[]>().keyType(StringDataType.INSTANCE)
				.valueType(ByteArrayDataType.INSTANCE));
	}

	static MVMap<String, String> strings(MVStore store, String name) {
		return store.openMap(name, new MVMap.Builder<String, String>().keyType(StringDataType.INSTANCE)
				.valueType(StringDataType.INSTANCE));
	}

	static MVMap<String, byte[]> products(MVStore store) {
		return bytes(store, "product"); //$NON-NLS-1$
	}

	static MVMap<String, byte[]> kev(MVStore store) {
		return bytes(store, "kev"); //$NON-NLS-1$
	}

	static MVMap<String, byte[]> jvn(MVStore store) {
		return bytes(store, "jvn"); //$NON-NLS-1$
	}

	static MVMap<String, byte[]> jvnCve(MVStore store) {
		return bytes(store, "jvnCve"); //$NON-NLS-1$
	}

	static MVMap<String, byte[]> jvnVendor(MVStore store) {
		return bytes(store, "jvnVendor"); //$NON-NLS-1$
	}

	static MVMap<String, String> meta(MVStore store) {
		return strings(store, "meta"); //$NON-NLS-1$
	}

	static MVMap<String, String> feeds(MVStore store) {
		return strings(store, "feed"); //$NON-NLS-1$
	}

	/** The key of a product in {@code product}: normalized, and cut at 255 characters each. */
	static String productKey(String normalizedVendor, String normalizedProduct) {
		return truncate(normalizedVendor) + '\u0000' + truncate(normalizedProduct);
	}

	static String truncate(String s) {
		return s.length() > 255 ? s.substring(0, 255) : s;
	}

	/** The state of one CVE kept beside it: awaiting analysis, CNA data, lastModified. */
	record CveState(boolean awaiting, boolean cna, String lastModified) {
		String encode() {
			return (char) ('0' + (awaiting ? 1 : 0) + (cna ? 2 : 0)) + (lastModified == null ? "" : lastModified); //$NON-NLS-1$
		}

		static CveState decode(String s) {
			int flags = s.charAt(0) - '0';
			return new CveState((flags & 1) != 0, (flags & 2) != 0, s.length() > 1 ? s.substring(1) : null);
		}
	}
}
