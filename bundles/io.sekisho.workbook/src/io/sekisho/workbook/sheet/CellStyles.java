package io.sekisho.workbook.sheet;

import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The cell styles of one workbook, created once: a workbook holds at most 64,000 styles, so sheets share these
 * instead of creating their own per cell.
 */
public final class CellStyles {

	/** A date as the MHLW forms write it: 2025/04/01. */
	public static final String DATE_FORMAT = "yyyy/mm/dd"; //$NON-NLS-1$

	private final Workbook workbook;
	private final CellStyle title;
	private final CellStyle label;
	private final CellStyle plain;
	private final CellStyle header;
	private final CellStyle text;
	private final CellStyle quotedText;
	private final CellStyle number;
	private final CellStyle date;
	private final CellStyle input;
	private final CellStyle inputDate;
	private final CellStyle inputText;
	private final CellStyle link;

	public CellStyles(Workbook workbook) {
		this.workbook = workbook;
		Font bold = workbook.createFont();
		bold.setBold(true);
		Font big = workbook.createFont();
		big.setBold(true);
		big.setFontHeightInPoints((short) 16);
		Font underlined = workbook.createFont();
		underlined.setUnderline(Font.U_SINGLE);
		underlined.setColor(IndexedColors.BLUE.getIndex());

		title = workbook.createCellStyle();
		title.setFont(big);
		label = workbook.createCellStyle();
		label.setFont(bold);
		plain = workbook.createCellStyle();
		header = bordered();
		header.setFont(bold);
		header.setWrapText(true);
		header.setAlignment(HorizontalAlignment.CENTER);
		header.setVerticalAlignment(VerticalAlignment.CENTER);
		header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
		header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		text = bordered();
		text.setWrapText(true);
		quotedText = bordered();
		quotedText.setWrapText(true);
		quotedText.setQuotePrefixed(true);
		number = bordered();
		date = bordered();
		date.setDataFormat(workbook.createDataFormat().getFormat(DATE_FORMAT));
		input = bordered();
		input.setLocked(false);
		input.setFillForegroundColor(IndexedColors.LIGHT_YELLOW.getIndex());
		input.setFillPattern(FillPatternType.SOLID_FOREGROUND);
		input.setAlignment(HorizontalAlignment.CENTER);
		inputDate = bordered();
		inputDate.cloneStyleFrom(input);
		inputDate.setDataFormat(date.getDataFormat());
		inputText = bordered();
		inputText.cloneStyleFrom(input);
		inputText.setAlignment(HorizontalAlignment.LEFT);
		inputText.setWrapText(true);
		link = workbook.createCellStyle();
		link.setFont(underlined);
	}

	private CellStyle bordered() {
		CellStyle style = workbook.createCellStyle();
		style.setBorderTop(BorderStyle.THIN);
		style.setBorderBottom(BorderStyle.THIN);
		style.setBorderLeft(BorderStyle.THIN);
		style.setBorderRight(BorderStyle.THIN);
		style.setVerticalAlignment(VerticalAlignment.TOP);
		return style;
	}

	public CellStyle title() {
		return title;
	}

	public CellStyle label() {
		return label;
	}

	/** Text without border, for lines above a table. */
	public CellStyle plain() {
		return plain;
	}

	public CellStyle header() {
		return header;
	}

	public CellStyle text() {
		return text;
	}

	/** Text that must stay text (it starts like a formula). */
	public CellStyle quotedText() {
		return quotedText;
	}

	public CellStyle number() {
		return number;
	}

	public CellStyle date() {
		return date;
	}

	/** A cell the facility fills in (answers): highlighted and unlocked. */
	public CellStyle input() {
		return input;
	}

	/** A date cell the facility fills in. */
	public CellStyle inputDate() {
		return inputDate;
	}

	/** A text cell the facility fills in (remarks): like {@link #input()}, left-aligned and wrapped. */
	public CellStyle inputText() {
		return inputText;
	}

	public CellStyle link() {
		return link;
	}
}
