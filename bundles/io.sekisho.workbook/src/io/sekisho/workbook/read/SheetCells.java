package io.sekisho.workbook.read;

import java.util.HashMap;
import java.util.Map;

import org.apache.poi.ss.util.CellReference;

/**
 * The non-empty cells of one sheet as text: strings as written, numbers in general format, date cells as ISO
 * dates (2025-06-30), booleans as TRUE/FALSE, formulas as their cached result.
 */
public final class SheetCells {

	private final String name;
	private final Map<Long, String> cells = new HashMap<>();
	private int lastRow = -1;

	SheetCells(String name) {
		this.name = name;
	}

	public String name() {
		return name;
	}

	void put(int row, int column, String value) {
		cells.put(key(row, column), value);
		lastRow = Math.max(lastRow, row);
	}

	/** @return the text of the cell (0-based row and column), or an empty string when it is empty */
	public String get(int row, int column) {
		String value = cells.get(key(row, column));
		return value == null ? "" : value.strip(); //$NON-NLS-1$
	}

	/** @return the 0-based index of the last row with a value, -1 for an empty sheet */
	public int lastRow() {
		return lastRow;
	}

	/** @return the A1-style reference of a cell, for messages */
	public static String reference(int row, int column) {
		return new CellReference(row, column).formatAsString(false);
	}

	private static long key(int row, int column) {
		return ((long) row << 16) | column;
	}
}
