package io.sekisho.firmware.vuln.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** The tables of the store and how a database file is opened. */
final class H2Schema {
	/** Raise when the tables or {@link RecordCodec} change: stores of another version rebuild from kept feeds. */
	static final int VERSION = 2;

	static final String[] CREATE = { //
			"CREATE TABLE meta(k VARCHAR(64) PRIMARY KEY, v VARCHAR(4096))", //$NON-NLS-1$
			// CVE ids as numbers (year * 10^8 + sequence) and products as small integers: the two big indexes compare
			// numbers, not strings (measured: string keys made the product index the import's bottleneck)
			"CREATE TABLE cve(num BIGINT PRIMARY KEY, id VARCHAR(32) NOT NULL, last_modified VARCHAR(40)," //$NON-NLS-1$
					+ " awaiting BOOLEAN NOT NULL, cna BOOLEAN NOT NULL, data VARBINARY NOT NULL)", //$NON-NLS-1$
			"CREATE TABLE product(pid INT PRIMARY KEY, vendor VARCHAR(255) NOT NULL, product VARCHAR(255) NOT NULL)", //$NON-NLS-1$
			"CREATE UNIQUE INDEX product_name ON product(vendor, product)", //$NON-NLS-1$
			"CREATE TABLE cve_product(pid INT, num BIGINT, PRIMARY KEY(pid, num))", //$NON-NLS-1$
			"CREATE TABLE kev(cve_id VARCHAR(32) PRIMARY KEY, data VARBINARY NOT NULL)", //$NON-NLS-1$
			"CREATE TABLE jvn(id VARCHAR(64) PRIMARY KEY, data VARBINARY NOT NULL)", //$NON-NLS-1$
			"CREATE TABLE jvn_cve(cve_id VARCHAR(32), jvn_id VARCHAR(64), PRIMARY KEY(cve_id, jvn_id))", //$NON-NLS-1$
			"CREATE INDEX jvn_cve_jvn ON jvn_cve(jvn_id)", //$NON-NLS-1$
			"CREATE TABLE jvn_vendor(vendor VARCHAR(255), jvn_id VARCHAR(64), PRIMARY KEY(vendor, jvn_id))", //$NON-NLS-1$
			"CREATE INDEX jvn_vendor_jvn ON jvn_vendor(jvn_id)", //$NON-NLS-1$
			"CREATE TABLE feed(sha256 VARCHAR(64) PRIMARY KEY, name VARCHAR(1024), format VARCHAR(16)," //$NON-NLS-1$
					+ " records BIGINT, data_date VARCHAR(10), imported_at VARCHAR(40))" }; //$NON-NLS-1$

	static final String META_VERSION = "schema"; //$NON-NLS-1$
	static final String META_DATA_DATE = "dataDate"; //$NON-NLS-1$

	private H2Schema() {
	}

	/** The key of a CVE id: {@code CVE-2024-21762} is 2024 * 10^8 + 21762. */
	static long number(String cveId) {
		int dash = cveId.indexOf('-', 4);
		return Long.parseLong(cveId.substring(4, dash)) * 100_000_000L + Long.parseLong(cveId.substring(dash + 1));
	}

	/** H2's file name for a database named {@code base}. */
	static Path file(Path base) {
		return base.resolveSibling(base.getFileName() + ".mv.db"); //$NON-NLS-1$
	}

	/**
	 * Opens the database {@code base} (without H2's {@code .mv.db}). Read-only connections never write or lock the
	 * file, so any number of readers and the importer (which writes another file) work side by side.
	 */
	static Connection open(Path base, boolean readOnly) throws SQLException {
		String url = "jdbc:h2:file:" + base.toAbsolutePath() //$NON-NLS-1$
				+ (readOnly ? ";ACCESS_MODE_DATA=r" : ";CACHE_SIZE=32768;AUTO_COMPACT_FILL_RATE=0") //$NON-NLS-1$ //$NON-NLS-2$
				+ ";IFEXISTS=" + (readOnly ? "TRUE" : "FALSE") + ";DB_CLOSE_ON_EXIT=FALSE"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		// the driver directly: DriverManager does not see drivers across OSGi bundles
		Connection connection = new org.h2.Driver().connect(url, new Properties());
		if (connection == null) {
			throw new SQLException(url);
		}
		return connection;
	}

	static void create(Connection connection) throws SQLException {
		try (Statement statement = connection.createStatement()) {
			for (String sql : CREATE) {
				statement.execute(sql);
			}
			statement.execute("INSERT INTO meta VALUES('" + META_VERSION + "', '" + VERSION + "')"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}
}
