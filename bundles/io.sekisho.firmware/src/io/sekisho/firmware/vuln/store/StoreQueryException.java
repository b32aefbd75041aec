package io.sekisho.firmware.vuln.store;

/** A query of the installed store failed (the store file was damaged or removed under a reader). */
public final class StoreQueryException extends RuntimeException {
	private static final long serialVersionUID = 1L;

	StoreQueryException(RuntimeException cause) {
		super(cause.getMessage(), cause);
	}
}
