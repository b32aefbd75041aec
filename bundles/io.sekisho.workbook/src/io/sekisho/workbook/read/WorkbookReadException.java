package io.sekisho.workbook.read;

import java.nio.file.Path;

import org.eclipse.osgi.util.NLS;

/**
 * A workbook that cannot be read or holds something invalid. The message names the file and, when known, the
 * sheet and the cell, so that the user can find the place.
 */
public class WorkbookReadException extends Exception {
	private static final long serialVersionUID = 1L;

	private final transient Path file;
	private final String sheet;
	private final String cell;
	private final String problem;

	public WorkbookReadException(Path file, String sheet, String cell, String problem, Throwable cause) {
		super(compose(file, sheet, cell, problem), cause);
		this.file = file;
		this.sheet = sheet;
		this.cell = cell;
		this.problem = problem;
	}

	public WorkbookReadException(Path file, String problem, Throwable cause) {
		this(file, null, null, problem, cause);
	}

	private static String compose(Path file, String sheet, String cell, String problem) {
		String name = String.valueOf(file);
		if (sheet == null) {
			return NLS.bind(Messages.Read_atFile, name, problem);
		}
		if (cell == null) {
			return NLS.bind(Messages.Read_atSheet, new Object[] { name, sheet, problem });
		}
		return NLS.bind(Messages.Read_atCell, new Object[] { name, sheet, cell, problem });
	}

	public Path file() {
		return file;
	}

	/** @return the sheet name, or {@code null} when the problem is not in one sheet */
	public String sheet() {
		return sheet;
	}

	/** @return the cell reference such as B7, or {@code null} */
	public String cell() {
		return cell;
	}

	/** @return the problem without the place */
	public String problem() {
		return problem;
	}
}
