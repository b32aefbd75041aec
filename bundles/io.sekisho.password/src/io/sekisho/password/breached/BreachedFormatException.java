package io.sekisho.password.breached;

import java.io.IOException;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.sekisho.password.internal.Messages;

/** A line of the breached-password input that is not what Have I Been Pwned's files hold. */
public class BreachedFormatException extends IOException {
	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final long line;

	public BreachedFormatException(Path file, long line, String reason) {
		super(NLS.bind(Messages.Breached_badLine, new Object[] { file, line, reason }));
		this.file = file;
		this.line = line;
	}

	public Path file() {
		return file;
	}

	public long line() {
		return line;
	}
}
