package io.sekisho.firmware.identify;

/** The text is not device output Sekisho can read; the message says what was expected, in the user's language. */
public final class IdentifyException extends Exception {

	private static final long serialVersionUID = 1L;

	public IdentifyException(String message) {
		super(message);
	}
}
