package io.sekisho.ui.internal.editor;

import java.io.BufferedInputStream;
import java.io.CharConversionException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

import io.sekisho.model.persistence.ModelLoadException;
import io.sekisho.ui.internal.Messages;

/**
 * Why a facility file could not be opened, in the user's language: empty, not UTF-8 text, cut off, or otherwise
 * not a facility file; with the line and column where the reader stopped (0 when unknown).
 *
 * @param what the sentence for the user
 * @param technical the reader's own message, for the log
 */
record LoadProblem(String what, int line, int column, String technical) {

	static LoadProblem noWorkbook() {
		return new LoadProblem(Messages.Broken_noWorkbook, 0, 0, "no FacilityWorkbook root"); //$NON-NLS-1$
	}

	/** Classifies the failure to load {@code file}. */
	static LoadProblem of(Path file, IOException failure) {
		int line = failure instanceof ModelLoadException m ? m.line() : 0;
		int column = failure instanceof ModelLoadException m ? m.column() : 0;
		String detail = failure instanceof ModelLoadException m && m.detail() != null ? m.detail() : String.valueOf(failure.getMessage());
		String technical = String.valueOf(failure.getMessage());
		if (size(file) == 0) {
			return new LoadProblem(Messages.Broken_empty, 0, 0, technical);
		}
		for (Throwable t = failure; t != null; t = t.getCause()) {
			if (t instanceof CharConversionException) { // the XML reader's MalformedByteSequenceException
				return new LoadProblem(Messages.Broken_notUtf8, line, column, technical);
			}
		}
		if (line > 0 && line >= lineCount(file)) {
			return new LoadProblem(Messages.Broken_truncated, line, column, technical); // the reader ran out of file
		}
		return new LoadProblem(NLS.bind(Messages.Broken_invalid, detail), line, column, technical);
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		} catch (IOException e) {
			return -1;
		}
	}

	/** @return the number of lines of the file (read in blocks: bounded memory however large the file) */
	private static long lineCount(Path file) {
		long lines = 1;
		byte[] buffer = new byte[1 << 16];
		try (InputStream in = new BufferedInputStream(Files.newInputStream(file))) {
			for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
				for (int i = 0; i < n; i++) {
					if (buffer[i] == '\n') {
						lines++;
					}
				}
			}
		} catch (IOException e) {
			return Long.MAX_VALUE;
		}
		return lines;
	}
}
