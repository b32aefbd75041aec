package io.sekisho.password.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Reads standard input one password per line into char arrays, never into Strings, so that every copy can be
 * wiped. Line ends: LF or CRLF. A line longer than {@link #MAX_LINE} characters is reported, not checked.
 */
final class PasswordLines implements AutoCloseable {

	static final int MAX_LINE = 65_536;

	private final Reader reader;
	private char[] buffer = new char[256];
	private int length;
	private boolean tooLong;
	private boolean eof;

	PasswordLines(InputStream in) {
		reader = new InputStreamReader(in, StandardCharsets.UTF_8);
	}

	/** @return false at the end of the input */
	boolean next() throws IOException {
		wipe();
		length = 0;
		tooLong = false;
		if (eof) {
			return false;
		}
		int c;
		boolean any = false;
		while ((c = reader.read()) >= 0) {
			any = true;
			if (c == '\n') {
				break;
			}
			append((char) c);
		}
		if (c < 0) {
			eof = true;
			if (!any) {
				return false;
			}
		}
		if (length > 0 && buffer[length - 1] == '\r') {
			buffer[--length] = '\0';
		}
		return true;
	}

	private void append(char c) {
		if (length >= MAX_LINE) {
			tooLong = true;
			return;
		}
		if (length == buffer.length) {
			char[] bigger = Arrays.copyOf(buffer, Math.min(MAX_LINE, buffer.length * 2));
			Arrays.fill(buffer, '\0');
			buffer = bigger;
		}
		buffer[length++] = c;
	}

	boolean tooLong() {
		return tooLong;
	}

	/** The current line in a fresh array the caller wipes. */
	char[] password() {
		return Arrays.copyOf(buffer, length);
	}

	private void wipe() {
		Arrays.fill(buffer, '\0');
	}

	@Override
	public void close() throws IOException {
		wipe();
	}
}
