package io.sekisho.catalog;

/** A catalog file that cannot be read; the message names the file, line and column in the user's language. */
public class CatalogFormatException extends Exception {
	private static final long serialVersionUID = 1L;

	public CatalogFormatException(String message) {
		super(message);
	}

	public CatalogFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
