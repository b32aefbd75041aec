package io.sekisho.netmap.drawio;

import java.io.IOException;

/** A draw.io file that cannot be read: the message names the file and the place, in the user's language. */
public class DrawioFormatException extends IOException {

	private static final long serialVersionUID = 1L;

	public DrawioFormatException(String message) {
		super(message);
	}

	public DrawioFormatException(String message, Throwable cause) {
		super(message, cause);
	}
}
