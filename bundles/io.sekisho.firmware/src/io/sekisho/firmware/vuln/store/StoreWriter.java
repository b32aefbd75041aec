package io.sekisho.firmware.vuln.store;

import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.Set;

import io.sekisho.firmware.vuln.CnaAffected;
import io.sekisho.firmware.vuln.Configuration;
import io.sekisho.firmware.vuln.CpeMatch;
import io.sekisho.firmware.vuln.CpeNames;
import io.sekisho.firmware.vuln.CveRecord;
import io.sekisho.firmware.vuln.JvnAdvisory;
import io.sekisho.firmware.vuln.JvnProduct;
import io.sekisho.firmware.vuln.KevEntry;
import io.sekisho.firmware.vuln.Node;
import io.sekisho.firmware.vuln.feed.FeedSink;

/**
 * Writes records into the database being built, counting per file what was added, updated and skipped. Writes
 * are batched; a record whose id waits in the current batch flushes it first so a repeated id is seen.
 */
final class StoreWriter implements FeedSink, AutoCloseable {
	private static final int BATCH = 2000;

	private final Connection connection;
	private final PreparedStatement insertCve;
	private final PreparedStatement updateCve;
	private final PreparedStatement oldData;
	private final PreparedStatement deleteProducts;
	private final PreparedStatement insertProductName;
	/** vendor NUL product → product id, all of the database's products (tens of thousands at most). */
	private final java.util.Map<String, Integer> productIds = new java.util.HashMap<>();
	private final PreparedStatement insertProduct;
	private final PreparedStatement kevData;
	private final PreparedStatement mergeKev;
	private final PreparedStatement jvnData;
	private final PreparedStatement mergeJvn;
	private final PreparedStatement deleteJvnCves;
	private final PreparedStatement insertJvnCve;
	private final PreparedStatement deleteJvnVendors;
	private final PreparedStatement insertJvnVendor;
	private final Set<String> pending = new HashSet<>();
	/** Every CVE id of the database with its lastModified: one scan at the start instead of a query per record. */
	private final java.util.Map<String, String> known = new java.util.HashMap<>();
	private int batched;

	long added;
	long updated;
	long skipped;

	StoreWriter(Connection connection) throws SQLException {
		this.connection = connection;
		insertCve = connection.prepareStatement("INSERT INTO cve(num, id, last_modified, awaiting, cna, data) VALUES(?, ?, ?, ?, ?, ?)"); //$NON-NLS-1$
		updateCve = connection.prepareStatement("UPDATE cve SET last_modified = ?, awaiting = ?, cna = ?, data = ? WHERE num = ?"); //$NON-NLS-1$
		oldData = connection.prepareStatement("SELECT data FROM cve WHERE num = ?"); //$NON-NLS-1$
		deleteProducts = connection.prepareStatement("DELETE FROM cve_product WHERE pid = ? AND num = ?"); //$NON-NLS-1$
		insertProduct = connection.prepareStatement("INSERT INTO cve_product(pid, num) VALUES(?, ?)"); //$NON-NLS-1$
		insertProductName = connection.prepareStatement("INSERT INTO product(pid, vendor, product) VALUES(?, ?, ?)"); //$NON-NLS-1$
		kevData = connection.prepareStatement("SELECT data FROM kev WHERE cve_id = ?"); //$NON-NLS-1$
		mergeKev = connection.prepareStatement("MERGE INTO kev(cve_id, data) KEY(cve_id) VALUES(?, ?)"); //$NON-NLS-1$
		jvnData = connection.prepareStatement("SELECT data FROM jvn WHERE id = ?"); //$NON-NLS-1$
		mergeJvn = connection.prepareStatement("MERGE INTO jvn(id, data) KEY(id) VALUES(?, ?)"); //$NON-NLS-1$
		deleteJvnCves = connection.prepareStatement("DELETE FROM jvn_cve WHERE jvn_id = ?"); //$NON-NLS-1$
		insertJvnCve = connection.prepareStatement("INSERT INTO jvn_cve(cve_id, jvn_id) VALUES(?, ?)"); //$NON-NLS-1$
		deleteJvnVendors = connection.prepareStatement("DELETE FROM jvn_vendor WHERE jvn_id = ?"); //$NON-NLS-1$
		insertJvnVendor = connection.prepareStatement("INSERT INTO jvn_vendor(vendor, jvn_id) VALUES(?, ?)"); //$NON-NLS-1$
		try (PreparedStatement all = connection.prepareStatement("SELECT id, last_modified FROM cve"); //$NON-NLS-1$
				ResultSet r = all.executeQuery()) {
			while (r.next()) {
				known.put(r.getString(1), r.getString(2));
			}
		}
		try (PreparedStatement all = connection.prepareStatement("SELECT pid, vendor, product FROM product"); //$NON-NLS-1$
				ResultSet r = all.executeQuery()) {
			while (r.next()) {
				productIds.put(r.getString(2) + '\u0000' + r.getString(3), Integer.valueOf(r.getInt(1)));
			}
		}
	}

	void resetCounts() {
		added = 0;
		updated = 0;
		skipped = 0;
	}

	@Override
	public void cve(CveRecord record) throws IOException {
		try {
			String id = record.cveId();
			seeable(id);
			boolean exists = known.containsKey(id);
			if (exists && !newer(record.lastModified(), known.get(id))) {
				skipped++;
				return;
			}
			known.put(id, record.lastModified());
			long num = H2Schema.number(id);
			byte[] data = RecordCodec.encode(record);
			boolean awaiting = record.awaitingAnalysis();
			boolean cna = !record.cnaAffected().isEmpty();
			if (exists) {
				flush(); // the old version's product rows: read it as written
				oldData.setLong(1, num);
				try (ResultSet r = oldData.executeQuery()) {
					if (r.next()) {
						for (String[] vp : products(RecordCodec.decodeCve(r.getBytes(1)))) {
							deleteProducts.setInt(1, productId(vp));
							deleteProducts.setLong(2, num);
							deleteProducts.addBatch();
						}
					}
				}
				updateCve.setString(1, record.lastModified());
				updateCve.setBoolean(2, awaiting);
				updateCve.setBoolean(3, cna);
				updateCve.setBytes(4, data);
				updateCve.setLong(5, num);
				updateCve.addBatch();
				updated++;
			} else {
				insertCve.setLong(1, num);
				insertCve.setString(2, id);
				insertCve.setString(3, record.lastModified());
				insertCve.setBoolean(4, awaiting);
				insertCve.setBoolean(5, cna);
				insertCve.setBytes(6, data);
				insertCve.addBatch();
				added++;
			}
			for (String[] vp : products(record)) {
				insertProduct.setInt(1, productId(vp));
				insertProduct.setLong(2, num);
				insertProduct.addBatch();
			}
			queued(id);
		} catch (SQLException e) {
			throw new SqlIOException(e);
		}
	}

	/** The id of a vendor:product, a new row in {@code product} the first time it is seen. */
	private int productId(String[] vp) throws SQLException {
		String key = vp[0] + '\u0000' + vp[1];
		Integer id = productIds.get(key);
		if (id == null) {
			id = Integer.valueOf(productIds.size() + 1);
			productIds.put(key, id);
			insertProductName.setInt(1, id.intValue());
			insertProductName.setString(2, vp[0]);
			insertProductName.setString(3, vp[1]);
			insertProductName.addBatch();
		}
		return id.intValue();
	}

	/** NVD's ISO timestamps compare as text; a record without one never replaces a dated one. */
	private static boolean newer(String candidate, String existing) {
		if (candidate == null) {
			return false;
		}
		return existing == null || candidate.compareTo(existing) > 0;
	}

	/** The vendor:product pairs a record names, in configurations (vulnerable or platform) and CNA data. */
	static Set<String[]> products(CveRecord record) {
		Set<String> seen = new HashSet<>();
		Set<String[]> pairs = new LinkedHashSet<>();
		for (Configuration configuration : record.configurations()) {
			for (Node node : configuration.nodes()) {
				for (CpeMatch match : node.matches()) {
					add(seen, pairs, match.vendor(), match.product());
				}
			}
		}
		for (CnaAffected affected : record.cnaAffected()) {
			add(seen, pairs, affected.vendor(), affected.product());
		}
		return pairs;
	}

	private static void add(Set<String> seen, Set<String[]> pairs, String vendor, String product) {
		if (vendor == null || product == null) {
			return;
		}
		String v = truncate(CpeNames.normalize(vendor));
		String p = truncate(CpeNames.normalize(product));
		if (seen.add(v + '\u0000' + p)) {
			pairs.add(new String[] { v, p });
		}
	}

	private static String truncate(String s) {
		return s.length() > 255 ? s.substring(0, 255) : s;
	}

	@Override
	public void kev(KevEntry entry) throws IOException {
		try {
			seeable(entry.cveId());
			byte[] data = RecordCodec.encode(entry);
			byte[] existing = null;
			kevData.setString(1, entry.cveId());
			try (ResultSet r = kevData.executeQuery()) {
				if (r.next()) {
					existing = r.getBytes(1);
				}
			}
			if (existing != null && Arrays.equals(existing, data)) {
				skipped++;
				return;
			}
			if (existing == null) {
				added++;
			} else {
				updated++;
			}
			mergeKev.setString(1, entry.cveId());
			mergeKev.setBytes(2, data);
			mergeKev.addBatch();
			queued(entry.cveId());
		} catch (SQLException e) {
			throw new SqlIOException(e);
		}
	}

	@Override
	public void jvn(JvnAdvisory advisory) throws IOException {
		try {
			String id = advisory.jvnId();
			seeable(id);
			byte[] data = RecordCodec.encode(advisory);
			byte[] existing = null;
			jvnData.setString(1, id);
			try (ResultSet r = jvnData.executeQuery()) {
				if (r.next()) {
					existing = r.getBytes(1);
				}
			}
			if (existing != null && Arrays.equals(existing, data)) {
				skipped++;
				return;
			}
			if (existing == null) {
				added++;
			} else {
				updated++;
				deleteJvnCves.setString(1, id);
				deleteJvnCves.addBatch();
				deleteJvnVendors.setString(1, id);
				deleteJvnVendors.addBatch();
			}
			mergeJvn.setString(1, id);
			mergeJvn.setBytes(2, data);
			mergeJvn.addBatch();
			for (String cve : new LinkedHashSet<>(advisory.cveIds())) {
				insertJvnCve.setString(1, cve);
				insertJvnCve.setString(2, id);
				insertJvnCve.addBatch();
			}
			Set<String> vendors = new LinkedHashSet<>();
			for (JvnProduct product : advisory.products()) {
				String cpeVendor = cpeVendor(product.cpe());
				if (cpeVendor != null && !cpeVendor.isEmpty()) {
					vendors.add(truncate(CpeNames.normalize(cpeVendor)));
				}
				if (product.vendor() != null && !product.vendor().isBlank()) {
					vendors.add(truncate(CpeNames.normalize(product.vendor())));
				}
			}
			for (String vendor : vendors) {
				insertJvnVendor.setString(1, vendor);
				insertJvnVendor.setString(2, id);
				insertJvnVendor.addBatch();
			}
			queued(id);
		} catch (SQLException e) {
			throw new SqlIOException(e);
		}
	}

	/** The vendor of a CPE 2.2 URI ({@code cpe:/o:yamaha:rtx1210}) or a CPE 2.3 string. */
	static String cpeVendor(String cpe) {
		if (cpe == null) {
			return null;
		}
		return cpe.startsWith("cpe:/") ? CpeNames.part(cpe, 2) : CpeNames.part(cpe, 3); //$NON-NLS-1$
	}

	/** Flushes the batch when {@code id} waits in it, so that the lookup of a repeated id sees it. */
	private void seeable(String id) throws SQLException {
		if (pending.contains(id)) {
			flush();
		}
	}

	private void queued(String id) throws SQLException {
		pending.add(id);
		if (++batched >= BATCH) {
			flush();
		}
	}

	void flush() throws SQLException {
		// deletes before inserts: an updated record's old rows go first
		deleteProducts.executeBatch();
		deleteJvnCves.executeBatch();
		deleteJvnVendors.executeBatch();
		insertProductName.executeBatch();
		insertCve.executeBatch();
		updateCve.executeBatch();
		insertProduct.executeBatch();
		mergeKev.executeBatch();
		mergeJvn.executeBatch();
		insertJvnCve.executeBatch();
		insertJvnVendor.executeBatch();
		connection.commit();
		pending.clear();
		batched = 0;
	}

	void setMeta(String key, String value) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement("MERGE INTO meta(k, v) KEY(k) VALUES(?, ?)")) { //$NON-NLS-1$
			s.setString(1, key);
			s.setString(2, value);
			s.executeUpdate();
		}
	}

	LocalDate dataDate() throws SQLException {
		try (PreparedStatement s = connection.prepareStatement("SELECT v FROM meta WHERE k = ?")) { //$NON-NLS-1$
			s.setString(1, H2Schema.META_DATA_DATE);
			try (ResultSet r = s.executeQuery()) {
				return r.next() && r.getString(1) != null ? LocalDate.parse(r.getString(1)) : null;
			}
		}
	}

	void recordFeed(FileResult result, String importedAt) throws SQLException {
		try (PreparedStatement s = connection.prepareStatement(
				"MERGE INTO feed(sha256, name, format, records, data_date, imported_at) KEY(sha256) VALUES(?, ?, ?, ?, ?, ?)")) { //$NON-NLS-1$
			s.setString(1, result.sha256());
			s.setString(2, result.name());
			s.setString(3, result.format().name());
			s.setLong(4, result.read());
			s.setString(5, result.dataDate() == null ? null : result.dataDate().toString());
			s.setString(6, importedAt);
			s.executeUpdate();
		}
	}

	@Override
	public void close() throws SQLException {
		for (PreparedStatement s : new PreparedStatement[] { insertCve, updateCve, oldData, deleteProducts,
				insertProduct, insertProductName, kevData, mergeKev, jvnData, mergeJvn, deleteJvnCves, insertJvnCve, deleteJvnVendors,
				insertJvnVendor }) {
			s.close();
		}
	}

	/** An SQL failure passed through the feed reader, unwrapped by the importer. */
	static final class SqlIOException extends IOException {
		private static final long serialVersionUID = 1L;

		SqlIOException(SQLException cause) {
			super(cause.getMessage(), cause);
		}

		SQLException sql() {
			return (SQLException) getCause();
		}
	}
}
