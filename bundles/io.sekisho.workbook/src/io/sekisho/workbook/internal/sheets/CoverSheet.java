package io.sekisho.workbook.internal.sheets;

import java.util.List;

import org.apache.poi.common.usermodel.HyperlinkType;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellReference;

import io.sekisho.model.facility.Facility;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.SheetEntry;
import io.sekisho.workbook.WorkbookExporter;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.CellStyles;
import io.sekisho.workbook.sheet.FormulaInjection;
import io.sekisho.workbook.sheet.PrintLayout;

/**
 * 表紙: confidentiality mark, facility, integrator, date, checklist edition, and the table of contents with a
 * hyperlink to every sheet.
 */
public final class CoverSheet implements WorkbookExporter.CoverPage {

	@Override
	public void write(ExportContext context, Sheet cover, List<SheetEntry> contents) {
		Handover handover = Sheets.handover(context);
		WorkbookTexts texts = SheetTexts.of(context);
		CellStyles styles = context.styles();
		Facility facility = handover.facility().getFacility();
		boolean ja = context.language() == WorkbookLanguage.JA;
		int r = 0;
		put(cover.createRow(r++), 0, texts.get("cover.confidential"), styles.label(), styles); //$NON-NLS-1$
		r++;
		put(cover.createRow(r++), 0, texts.get("cover.title"), styles.title(), styles); //$NON-NLS-1$
		r++;
		String none = texts.get("cover.none"); //$NON-NLS-1$
		r = field(cover, r, texts.get("cover.facility"), facility == null ? none : orNone(facility.getName(), none), styles); //$NON-NLS-1$
		r = field(cover, r, texts.get("cover.address"), //$NON-NLS-1$
				facility == null ? none : orNone(SheetTexts.nonNull(facility.getPrefecture()) + SheetTexts.nonNull(facility.getAddress()), none), styles);
		r = field(cover, r, texts.get("cover.integrator"), orNone(handover.integrator(), none), styles); //$NON-NLS-1$
		Row dateRow = cover.createRow(r++);
		put(dateRow, 0, texts.get("cover.date"), styles.label(), styles); //$NON-NLS-1$
		Cell date = dateRow.createCell(1);
		date.setCellValue(handover.date());
		// a date among the plain fields above the contents: no border, left like the other values
		CellStyle plainDate = context.workbook().createCellStyle();
		plainDate.cloneStyleFrom(styles.plain());
		plainDate.setDataFormat(styles.date().getDataFormat());
		plainDate.setAlignment(org.apache.poi.ss.usermodel.HorizontalAlignment.LEFT);
		date.setCellStyle(plainDate);
		r = field(cover, r, texts.get("cover.edition"), //$NON-NLS-1$
				ja ? handover.edition().getTitleJa() : handover.edition().getTitleEn(), styles);
		r++;
		put(cover.createRow(r++), 0, texts.get("cover.contents"), styles.label(), styles); //$NON-NLS-1$
		Row header = cover.createRow(r++);
		int headerRow = r - 1;
		put(header, 0, texts.get("cover.sheet"), styles.header(), styles); //$NON-NLS-1$
		put(header, 1, texts.get("cover.about"), styles.header(), styles); //$NON-NLS-1$
		for (SheetEntry entry : contents) {
			Row row = cover.createRow(r++);
			Cell link = put(row, 0, entry.name(), styles.link(), styles);
			Hyperlink hyperlink = context.workbook().getCreationHelper().createHyperlink(HyperlinkType.DOCUMENT);
			hyperlink.setAddress(new CellReference(entry.name(), 0, 0, false, false).formatAsString());
			link.setHyperlink(hyperlink);
			put(row, 1, entry.description(), styles.text(), styles);
		}
		cover.setColumnWidth(0, 52 * 256); // a vendor sheet's name is up to 31 characters, most of them full-width
		cover.setColumnWidth(1, 72 * 256);
		PrintLayout.apply(cover, PrintLayout.visibleWidth(cover, 1), headerRow);
	}

	private static int field(Sheet sheet, int r, String label, String value, CellStyles styles) {
		Row row = sheet.createRow(r);
		put(row, 0, label, styles.label(), styles);
		put(row, 1, value, styles.plain(), styles);
		return r + 1;
	}

	private static String orNone(String value, String none) {
		return value == null || value.isBlank() ? none : value;
	}

	/** Cover texts come from the model: one that starts like a formula is kept literal. */
	private static Cell put(Row row, int column, String value, CellStyle style, CellStyles styles) {
		Cell cell = row.createCell(column);
		cell.setCellStyle(FormulaInjection.looksLikeFormula(value) ? styles.quotedText() : style);
		cell.setCellValue(value);
		return cell;
	}
}
