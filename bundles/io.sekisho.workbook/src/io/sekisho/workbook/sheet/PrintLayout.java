package io.sekisho.workbook.sheet;

import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Chooses paper and scale so that a sheet prints readably: landscape, A4 when the printed columns fit it at
 * {@link #MIN_SCALE} or more, else A3; one page wide, as many pages down as needed, the header row repeated on
 * every page. The scale is set explicitly (not "fit to width"), so it never drops below what a person can read.
 */
public final class PrintLayout {

	/** The smallest scale a printed sheet may have, in percent. */
	public static final int MIN_SCALE = 60;

	/** Left and right margin, in inches (narrow, as in Excel's "narrow" margins). */
	static final double SIDE_MARGIN = 0.4;

	/**
	 * One character of column width printed at 100 % is 7 px at 96 dpi, in mm; every column adds 5 px of padding
	 * (as Excel and LibreOffice convert widths), {@link #PADDING_CHARACTERS} in characters.
	 */
	static final double MM_PER_CHARACTER = 7 * 25.4 / 96;
	static final double PADDING_CHARACTERS = 5.0 / 7;

	/** What the scale leaves spare, for the renderer's rounding (LibreOffice rounds widths to its own units). */
	static final double SPARE = 0.97;

	/** Printable width of landscape A4 and A3 at 100 %, in characters of column width. */
	static final double A4_CHARACTERS = printable(297);
	static final double A3_CHARACTERS = printable(420);

	/** The paper and scale chosen for a sheet. */
	public record Choice(short paperSize, int scale) {
	}

	private PrintLayout() {
	}

	private static double printable(double paperMm) {
		return SPARE * (paperMm - 2 * SIDE_MARGIN * 25.4) / MM_PER_CHARACTER;
	}

	/** @return the printed width of a column {@code width} characters wide, padding included, in characters */
	public static double printedWidth(double width) {
		return width + PADDING_CHARACTERS;
	}

	/** @return the paper and scale for printed columns {@code characters} wide */
	public static Choice choose(double characters) {
		if (characters <= A4_CHARACTERS) {
			return new Choice(PrintSetup.A4_PAPERSIZE, 100);
		}
		int a4 = (int) Math.floor(100 * A4_CHARACTERS / characters);
		if (a4 >= MIN_SCALE) {
			return new Choice(PrintSetup.A4_PAPERSIZE, a4);
		}
		int a3 = (int) Math.min(100, Math.floor(100 * A3_CHARACTERS / characters));
		return new Choice(PrintSetup.A3_PAPERSIZE, Math.max(MIN_SCALE, a3));
	}

	/** @return whether columns {@code characters} wide fit the paper at the scale (percent) */
	public static boolean fits(double characters, short paperSize, int scale) {
		double paper = paperSize == PrintSetup.A3_PAPERSIZE ? A3_CHARACTERS : A4_CHARACTERS;
		return characters * scale / 100 <= paper + 1e-9;
	}

	/**
	 * Sets up printing of a sheet whose printed (visible) columns are {@code characters} wide.
	 *
	 * @param repeatedRow the header row printed on every page, -1 for none
	 * @return the choice made
	 */
	public static Choice apply(Sheet sheet, double characters, int repeatedRow) {
		Choice choice = choose(characters);
		PrintSetup print = sheet.getPrintSetup();
		print.setPaperSize(choice.paperSize());
		print.setLandscape(true);
		print.setScale((short) choice.scale());
		sheet.setFitToPage(false);
		sheet.setMargin(Sheet.LeftMargin, SIDE_MARGIN);
		sheet.setMargin(Sheet.RightMargin, SIDE_MARGIN);
		sheet.setHorizontallyCenter(true);
		if (repeatedRow >= 0) {
			sheet.setRepeatingRows(new CellRangeAddress(repeatedRow, repeatedRow, -1, -1));
		}
		return choice;
	}

	/** @return the printed width of the visible columns 0..lastColumn of a sheet, padding included, in characters */
	public static double visibleWidth(Sheet sheet, int lastColumn) {
		double width = 0;
		for (int c = 0; c <= lastColumn; c++) {
			if (!sheet.isColumnHidden(c)) {
				width += printedWidth(sheet.getColumnWidth(c) / 256.0);
			}
		}
		return width;
	}
}
