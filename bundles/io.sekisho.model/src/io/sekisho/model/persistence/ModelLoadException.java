package io.sekisho.model.persistence;

import java.io.IOException;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.internal.Messages;

/** A .sekisho file that cannot be read: the message names the file and, when known, the line and column. */
public class ModelLoadException extends IOException {
	private static final long serialVersionUID = 1L;

	private final String file;
	private final int line;
	private final int column;
	private final String detail;

	public ModelLoadException(String file, int line, int column, String detail, Throwable cause) {
		super(format(file, line, column, detail), cause);
		this.file = file;
		this.line = line;
		this.column = column;
		this.detail = detail;
	}

	private static String format(String file, int line, int column, String detail) {
		return line > 0 ? NLS.bind(Messages.Load_errorAt, new Object[] { file, line, column, detail })
				: NLS.bind(Messages.Load_error, file, detail);
	}

	/** @return the file as the user named it */
	public String file() {
		return file;
	}

	/** @return the line of the problem (1-based), or 0 when unknown */
	public int line() {
		return line;
	}

	/** @return the column of the problem (1-based), or 0 when unknown */
	public int column() {
		return column;
	}

	/** @return what is wrong, without file and place */
	public String detail() {
		return detail;
	}
}
