package io.sekisho.firmware.vuln.store;

import java.io.IOException;

/** The store cannot be written or opened; the message (user's language) names the store folder. */
public final class StoreException extends IOException {
	private static final long serialVersionUID = 1L;

	StoreException(String message, Throwable cause) {
		super(message, cause);
	}
}
