package io.sekisho.firmware.vuln.store;

import java.sql.SQLException;

/** A query of the installed store failed (the database file was damaged or removed under a reader). */
public final class StoreQueryException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	StoreQueryException(SQLException cause) {
		super(cause.getMessage(), cause);
	}
}
