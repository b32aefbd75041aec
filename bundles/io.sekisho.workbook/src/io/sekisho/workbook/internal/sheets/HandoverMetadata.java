package io.sekisho.workbook.internal.sheets;

import java.util.ArrayList;
import java.util.List;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.SheetVisibility;

import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.read.SheetCells;
import io.sekisho.workbook.sheet.FormulaInjection;

/**
 * The hidden sheet that identifies a handover workbook: format, facility id, edition id, language, which sheet
 * holds which checklist form and (from format 2) what every answer cell held at export, for the three-way
 * import. The answer import refuses a workbook without it, or of another facility or edition. Texts from the model
 * that start like a formula are written as quoted text here too.
 *
 * @param facilityId the id (UUID) of the FacilityWorkbook exported
 * @param exported the answer cells at export; empty for a workbook of format 1, which did not keep them
 */
public record HandoverMetadata(int format, String facilityId, String editionId, String language,
		List<ChecklistSheetIndex.Entry> checklistSheets, ExportedAnswers exported) {

	/** The name of the hidden sheet; Excel forbids no underscore, and no facility names a sheet this way. */
	public static final String SHEET = "_sekisho"; //$NON-NLS-1$
	public static final int FORMAT = 2;
	/** The first format that keeps the answer cells at export. */
	public static final int FORMAT_WITH_ANSWERS = 2;

	static final String MAGIC = "sekisho-handover"; //$NON-NLS-1$
	static final String FACILITY = "facility"; //$NON-NLS-1$
	static final String EDITION = "edition"; //$NON-NLS-1$
	static final String LANGUAGE = "language"; //$NON-NLS-1$
	static final String CHECKLIST = "checklist"; //$NON-NLS-1$
	static final String ANSWER = "answer"; //$NON-NLS-1$

	/** Adds the hidden metadata sheet as the last sheet. */
	public static void write(ExportContext context, Handover handover, ChecklistSheetIndex index) {
		Sheet sheet = context.workbook().createSheet(SHEET);
		int r = 0;
		put(sheet.createRow(r++), MAGIC, Integer.toString(FORMAT));
		put(sheet.createRow(r++), FACILITY, handover.facility().getId());
		put(sheet.createRow(r++), EDITION, handover.edition().getId());
		put(sheet.createRow(r++), LANGUAGE, context.language().locale().getLanguage());
		for (ChecklistSheetIndex.Entry entry : index.entries()) {
			put(sheet.createRow(r++), CHECKLIST, entry.sheetName(), entry.form().getLiteral(),
					entry.organizationId() == null ? "" : entry.organizationId()); //$NON-NLS-1$
		}
		CellStyle quoted = context.styles().quotedText();
		for (var sheetRows : index.exported().rows().entrySet()) {
			for (var row : sheetRows.getValue().entrySet()) {
				String[] values = new String[3 + ExportedAnswers.FIELDS];
				values[0] = ANSWER;
				values[1] = sheetRows.getKey();
				values[2] = row.getKey();
				System.arraycopy(row.getValue(), 0, values, 3, ExportedAnswers.FIELDS);
				put(sheet.createRow(r++), quoted, values);
			}
		}
		context.workbook().setSheetVisibility(context.workbook().getSheetIndex(sheet), SheetVisibility.HIDDEN);
	}

	private static void put(Row row, String... values) {
		put(row, null, values);
	}

	/** Empty values leave their cell out; a value that starts like a formula gets the quoted style. */
	private static void put(Row row, CellStyle quoted, String... values) {
		for (int c = 0; c < values.length; c++) {
			if (values[c].isEmpty() && quoted != null) {
				continue;
			}
			Cell cell = row.createCell(c);
			if (quoted != null && FormulaInjection.looksLikeFormula(values[c])) {
				cell.setCellStyle(quoted);
			}
			cell.setCellValue(values[c]);
		}
	}

	/** @return the metadata in the cells of the hidden sheet, or {@code null} when they are not Sekisho's */
	public static HandoverMetadata parse(SheetCells cells) {
		if (!MAGIC.equals(cells.get(0, 0))) {
			return null;
		}
		int format;
		try {
			format = (int) Double.parseDouble(cells.get(0, 1));
		} catch (NumberFormatException e) {
			return null;
		}
		String facility = null;
		String edition = null;
		String language = null;
		List<ChecklistSheetIndex.Entry> sheets = new ArrayList<>();
		ExportedAnswers exported = new ExportedAnswers();
		for (int r = 1; r <= cells.lastRow(); r++) {
			switch (cells.get(r, 0)) {
			case FACILITY -> facility = cells.get(r, 1);
			case EDITION -> edition = cells.get(r, 1);
			case LANGUAGE -> language = cells.get(r, 1);
			case CHECKLIST -> {
				ChecklistForm form = ChecklistForm.get(cells.get(r, 2));
				if (form != null) {
					String organization = cells.get(r, 3);
					sheets.add(new ChecklistSheetIndex.Entry(cells.get(r, 1), form, organization.isEmpty() ? null : organization));
				}
			}
			case ANSWER -> {
				String[] values = new String[ExportedAnswers.FIELDS];
				for (int f = 0; f < values.length; f++) {
					values[f] = cells.get(r, 3 + f);
				}
				exported.put(cells.get(r, 1), cells.get(r, 2), values);
			}
			default -> {
				// rows of later formats are ignored
			}
			}
		}
		return new HandoverMetadata(format, facility, edition, language, List.copyOf(sheets), exported);
	}

	/** @return whether this workbook kept its answer cells at export (format 2 on) */
	public boolean keepsAnswers() {
		return format >= FORMAT_WITH_ANSWERS;
	}
}
