package io.sekisho.firmware.vuln.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;

/** The tables of the store and how a database file is opened. */
final class H2Schema {
	/** Raise when the tables or {@link RecordCodec} change: stores of another version rebuild from kept feeds. */
	static final int VERSION = 1;

	static final String[] CREATE = { //
			"CREATE TABLE meta(k VARCHAR(64) PRIMARY KEY, v VARCHAR(4096))", //$NON-NLS-1$
			"CREATE TABLE cve(id VARCHAR(32) PRIMARY KEY, last_modified VARCHAR(40), awaiting BOOLEAN NOT NULL," //$NON-NLS-1$
					+ " cna BOOLEAN NOT NULL, data VARBINARY NOT NULL)", //$NON-NLS-1$
			"CREATE TABLE cve_product(vendor VARCHAR(255), product VARCHAR(255), cve_id VARCHAR(32)," //$NON-NLS-1$
					+ " PRIMARY KEY(vendor, product, cve_id))", //$NON-NLS-1$
			"CREATE INDEX cve_product_cve ON cve_product(cve_id)", //$NON-NLS-1$
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
				+ (readOnly ? ";ACCESS_MODE_DATA=r" : ";CACHE_SIZE=32768") //$NON-NLS-1$ //$NON-NLS-2$
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
