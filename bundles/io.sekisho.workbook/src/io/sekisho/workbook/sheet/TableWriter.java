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
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.helpers.ColumnHelper;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTCol;
import org.openxmlformats.schemas.spreadsheetml.x2006.main.CTWorksheet;

/**
 * Writes one table onto a sheet, top to bottom (it works on streaming sheets): optional lines above the table, a
 * header row, data rows. Columns have a declared width (long text wraps, and every row gets the height its
 * tallest text needs) or are as wide as their widest text up to {@link #MAX_WIDTH}. Detail columns are grouped
 * and collapsed: a click on the group's button shows them on screen, and they are not printed. {@link #finish()}
 * freezes the rows down to the header, puts an autofilter on the table, sets the widths and sets up printing
 * (see {@link PrintLayout}: landscape A4 or A3 at 60 % or more, the header row repeated on every page).
 */
public final class TableWriter {

	/** Columns never get narrower or wider than this, in characters; longer text wraps. */
	static final int MIN_WIDTH = 6;
	static final int MAX_WIDTH = 60;

	/** How a column shows: printed, a detail (on screen on demand, not printed), or hidden (for the import). */
	public enum Visibility {
		PRINTED, DETAIL, HIDDEN
	}

	/**
	 * A column of the table.
	 *
	 * @param width in characters; 0 for as wide as the widest text (between {@link #MIN_WIDTH} and
	 *            {@link #MAX_WIDTH})
	 */
	public record Column(String title, int width, Visibility visibility) {

		public static Column printed(String title, int width) {
			return new Column(title, width, Visibility.PRINTED);
		}

		public static Column detail(String title, int width) {
			return new Column(title, width, Visibility.DETAIL);
		}

		public static Column hidden(String title) {
			return new Column(title, MIN_WIDTH, Visibility.HIDDEN);
		}
	}

	private final Sheet sheet;
	private final CellStyles styles;
	private final List<Integer> widths = new ArrayList<>();
	private List<Column> declared = List.of();
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

	/** The header row of columns as wide as their text, all printed; call once, before the first {@link #row()}. */
	public void header(List<String> titles) {
		columns(titles.stream().map(t -> new Column(t, 0, Visibility.PRINTED)).toList());
	}

	/** The header row of declared columns; call once, before the first {@link #row()}. */
	public void columns(List<Column> columnList) {
		if (headerRow >= 0) {
			throw new IllegalStateException("header written twice"); //$NON-NLS-1$
		}
		declared = List.copyOf(columnList);
		headerRow = nextRow;
		columns = declared.size();
		RowWriter row = new RowWriter(sheet.createRow(nextRow++), true);
		for (Column column : declared) {
			row.cell(column.title(), styles.header());
		}
	}

	/** @return the width a column gets (or has) in characters: declared, else from its widest text */
	int width(int column) {
		int declaredWidth = column < declared.size() ? declared.get(column).width() : 0;
		if (declaredWidth > 0) {
			return declaredWidth;
		}
		int measured = column < widths.size() ? widths.get(column) : 0;
		return (int) Math.clamp(measured + 2L, MIN_WIDTH, MAX_WIDTH);
	}

	private int declaredWidth(int column) {
		return column < declared.size() ? declared.get(column).width() : 0;
	}

	/** @return the lines a text takes in a column: against the declared width, or the widest an auto column gets */
	private int lines(int column, String text) {
		int declaredWidth = column < declared.size() ? declared.get(column).width() : 0;
		return RowHeights.lines(text, declaredWidth > 0 ? declaredWidth : MAX_WIDTH);
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
		double printed = 0;
		for (int c = 0; c < Math.max(columns, widths.size()); c++) {
			sheet.setColumnWidth(c, width(c) * 256);
			if (visibility(c) == Visibility.PRINTED) {
				printed += PrintLayout.printedWidth(width(c));
			}
		}
		for (int c = 0; c < columns; c++) {
			if (visibility(c) == Visibility.HIDDEN) {
				sheet.setColumnHidden(c, true);
			}
		}
		for (int c = 0; c < columns; c++) {
			if (visibility(c) == Visibility.DETAIL) {
				int last = c;
				while (last + 1 < columns && visibility(last + 1) == Visibility.DETAIL) {
					last++;
				}
				collapse(c, last);
				c = last;
			}
		}
		PrintLayout.apply(sheet, printed, headerRow);
	}

	/**
	 * Makes columns first..last a collapsed outline group (hidden, level 1, the "+" button right of them). Written
	 * into the column definitions directly: POI's groupColumn splits them into overlapping ranges Excel refuses.
	 */
	private void collapse(int first, int last) {
		XSSFSheet xssf = sheet instanceof XSSFSheet x ? x
				: ((SXSSFWorkbook) sheet.getWorkbook()).getXSSFWorkbook().getSheet(sheet.getSheetName());
		ColumnHelper helper = xssf.getColumnHelper();
		for (int c = first; c <= last; c++) {
			CTCol col = helper.getColumn(c, false);
			col.setOutlineLevel((short) 1);
			col.setHidden(true);
		}
		sheet.setColumnWidth(last + 1, MIN_WIDTH * 256); // the column that carries the group's "+" button
		helper.getColumn(last + 1, false).setCollapsed(true);
		CTWorksheet worksheet = xssf.getCTWorksheet();
		(worksheet.isSetSheetFormatPr() ? worksheet.getSheetFormatPr() : worksheet.addNewSheetFormatPr()).setOutlineLevelCol((short) 1);
	}

	private Visibility visibility(int column) {
		return column < declared.size() ? declared.get(column).visibility() : Visibility.PRINTED;
	}

	/**
	 * A4 landscape, one page wide, row {@code repeatedRow} (the header; -1 for none) printed on every page. For
	 * sheets not written with a table writer; tables get {@link PrintLayout}'s readable scale in {@link #finish()}.
	 */
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
				if (measured && declaredWidth(column - 1) == 0) {
					track(DisplayWidth.of(value)); // only columns sized by their text are measured
				}
				// the printed columns set the height; a detail column shown on screen may cut its text
				if (measured && style != null && style.getWrapText() && visibility(column - 1) == Visibility.PRINTED) {
					fit(lines(column - 1, value));
				}
			}
			return this;
		}

		/** Makes the row tall enough for {@code lines} lines. */
		private void fit(int lines) {
			if (lines > 1) {
				float points = RowHeights.points(lines);
				if (points > row.getHeightInPoints()) {
					row.setHeightInPoints(points);
				}
			}
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
