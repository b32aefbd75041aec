package io.sekisho.workbook.sheet;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.DataValidation;
import org.apache.poi.ss.usermodel.DataValidationConstraint;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.ss.util.CellRangeAddressList;

/**
 * Writes one table onto a sheet, top to bottom (it works on streaming sheets): optional lines above the table, a
 * header row, data rows. {@link #finish()} freezes the rows down to the header, puts an autofilter on the table,
 * sizes the columns to their widest text (full-width characters count twice), and sets up A4 landscape printing
 * that repeats the header row on every page.
 */
public final class TableWriter {

	/** Columns never get narrower or wider than this, in characters; longer text wraps. */
	static final int MIN_WIDTH = 6;
	static final int MAX_WIDTH = 60;

	private final Sheet sheet;
	private final CellStyles styles;
	private final List<Integer> widths = new ArrayList<>();
	private int nextRow;
	private int headerRow = -1;
	private int columns;

	public TableWriter(Sheet sheet, CellStyles styles) {
		this.sheet = sheet;
		this.styles = styles;
	}

	public Sheet sheet() {
		return sheet;
	}

	public CellStyles styles() {
		return styles;
	}

	/** A line above the table (title, facility, legend); does not count for the column widths. */
	public RowWriter line() {
		return new RowWriter(sheet.createRow(nextRow++), false);
	}

	/** An empty line above the table. */
	public void skipLine() {
		nextRow++;
	}

	/** The header row; call once, before the first {@link #row()}. */
	public void header(List<String> titles) {
		if (headerRow >= 0) {
			throw new IllegalStateException("header written twice"); //$NON-NLS-1$
		}
		headerRow = nextRow;
		columns = titles.size();
		RowWriter row = new RowWriter(sheet.createRow(nextRow++), true);
		for (String title : titles) {
			row.cell(title, styles.header());
		}
	}

	/** A data row below the header. */
	public RowWriter row() {
		if (headerRow < 0) {
			throw new IllegalStateException("data row before the header"); //$NON-NLS-1$
		}
		return new RowWriter(sheet.createRow(nextRow++), true);
	}

	/** @return the index (0-based) of the header row, -1 before {@link #header(List)} */
	public int headerRow() {
		return headerRow;
	}

	/** @return the index (0-based) of the last data row written, or the header row when there is none */
	public int lastRow() {
		return nextRow - 1;
	}

	/** Restricts a column of the data rows to one of {@code values} (a drop-down list). */
	public void dropDown(int column, String... values) {
		if (lastRow() <= headerRow) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		DataValidationConstraint constraint = helper.createExplicitListConstraint(values);
		addValidation(helper, constraint, column);
	}

	/** Restricts a column of the data rows to dates between {@code from} and {@code to}. */
	public void dateValidation(int column, LocalDate from, LocalDate to) {
		if (lastRow() <= headerRow) {
			return;
		}
		DataValidationHelper helper = sheet.getDataValidationHelper();
		// formulas so that the bounds do not depend on the reader's locale
		DataValidationConstraint constraint = helper.createDateConstraint(DataValidationConstraint.OperatorType.BETWEEN,
				dateFormula(from), dateFormula(to), null);
		addValidation(helper, constraint, column);
	}

	private static String dateFormula(LocalDate date) {
		return "DATE(" + date.getYear() + "," + date.getMonthValue() + "," + date.getDayOfMonth() + ")"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private void addValidation(DataValidationHelper helper, DataValidationConstraint constraint, int column) {
		CellRangeAddressList range = new CellRangeAddressList(headerRow + 1, lastRow(), column, column);
		DataValidation validation = helper.createValidation(constraint, range);
		validation.setShowErrorBox(true);
		validation.setErrorStyle(DataValidation.ErrorStyle.STOP);
		validation.setSuppressDropDownArrow(true); // POI's inverted flag: true shows the arrow in XSSF
		sheet.addValidationData(validation);
	}

	/** Freezes, filters, sizes and sets up printing; call once after the last row. */
	public void finish() {
		if (headerRow < 0) {
			throw new IllegalStateException("table without header"); //$NON-NLS-1$
		}
		sheet.createFreezePane(0, headerRow + 1);
		sheet.setAutoFilter(new CellRangeAddress(headerRow, lastRow(), 0, columns - 1));
		for (int c = 0; c < widths.size(); c++) {
			int chars = Math.clamp(widths.get(c) + 2L, MIN_WIDTH, MAX_WIDTH);
			sheet.setColumnWidth(c, chars * 256);
		}
		printA4Landscape(sheet, headerRow);
	}

	/** A4 landscape, one page wide, row {@code repeatedRow} (the header; -1 for none) printed on every page. */
	public static void printA4Landscape(Sheet sheet, int repeatedRow) {
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(PrintSetup.A4_PAPERSIZE);
		print.setLandscape(true);
		print.setFitWidth((short) 1);
		print.setFitHeight((short) 0); // as many pages down as needed
		sheet.setFitToPage(true);
		sheet.setHorizontallyCenter(true);
		if (repeatedRow >= 0) {
			sheet.setRepeatingRows(new CellRangeAddress(repeatedRow, repeatedRow, -1, -1));
		}
	}

	private void measure(int column, int width) {
		while (widths.size() <= column) {
			widths.add(0);
		}
		if (width > widths.get(column)) {
			widths.set(column, width);
		}
	}

	/** Fills one row from left to right. */
	public final class RowWriter {
		private final Row row;
		private final boolean measured;
		private int column;

		RowWriter(Row row, boolean measured) {
			this.row = row;
			this.measured = measured;
		}

		public Row row() {
			return row;
		}

		/** Text; a text starting like a formula is kept as literal text. */
		public RowWriter text(String value) {
			return cell(value, styles.text());
		}

		public RowWriter cell(String value, CellStyle style) {
			Cell cell = next(style);
			if (value != null && !value.isEmpty()) {
				if (FormulaInjection.looksLikeFormula(value)) {
					cell.setCellStyle(style == styles.text() ? styles.quotedText() : quoted(style));
				}
				cell.setCellValue(value);
				track(DisplayWidth.of(value));
			}
			return this;
		}

		private CellStyle quoted(CellStyle style) {
			if (style != null && style.getQuotePrefixed()) {
				return style;
			}
			return styles.quotedText();
		}

		public RowWriter number(long value) {
			Cell cell = next(styles.number());
			cell.setCellValue(value);
			track(Long.toString(value).length());
			return this;
		}

		/** A real date cell (a serial number with a date format), empty for {@code null}. */
		public RowWriter date(LocalDate value) {
			return date(value, styles.date());
		}

		public RowWriter date(LocalDate value, CellStyle style) {
			Cell cell = next(style);
			if (value != null) {
				cell.setCellValue(value);
			}
			track(CellStyles.DATE_FORMAT.length());
			return this;
		}

		/** An empty cell with a style (e.g. an input cell). */
		public RowWriter empty(CellStyle style) {
			next(style);
			return this;
		}

		/** @return the index of the column the next cell goes to */
		public int column() {
			return column;
		}

		private Cell next(CellStyle style) {
			Cell cell = row.createCell(column++);
			cell.setCellStyle(style);
			return cell;
		}

		private void track(int width) {
			if (measured) {
				measure(column - 1, width);
			}
		}
	}
}
