package io.sekisho.workbook.internal.sheets;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.catalog.Section;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.assessment.Responsibilities;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.CellStyles;
import io.sekisho.workbook.sheet.TableWriter;
import io.sekisho.workbook.sheet.TableWriter.Column;

/**
 * One checklist form as a sheet in the MHLW layout (see {@link ChecklistLayout}): a row per item and device
 * column, grouped by section, with the answers known so far, drop-downs for the answers and date validation.
 */
final class ChecklistTable {

	private final ExportContext context;
	private final WorkbookTexts texts;
	private final Edition edition;
	private final FormKind form;
	private final AnswerRules rules;
	private final boolean outOfScope;

	ChecklistTable(ExportContext context, WorkbookTexts texts, Edition edition, FormKind form) {
		this.context = context;
		this.texts = texts;
		this.edition = edition;
		this.form = form;
		this.rules = new AnswerRules(edition);
		this.outOfScope = Editions.offersOutOfScope(edition, form);
	}

	/**
	 * @param heading the lines above the table (form title, facility, vendor)
	 * @param assessment the answers so far, or {@code null}
	 */
	void write(TableWriter table, List<String> heading, ChecklistAssessment assessment) {
		CellStyles styles = context.styles();
		table.line().cell(title(), styles.title());
		for (int i = 0; i < heading.size(); i++) {
			TableWriter.RowWriter line = table.line().cell(heading.get(i), styles.label());
			if (i == heading.size() - 1 && Editions.hasConfirmationDate(edition, form)) {
				// the form's 確認日 on the respondent's line, above the answer columns (rows below keep their place)
				for (int c = 1; c < ChecklistLayout.ROUND1; c++) {
					line.empty(styles.plain());
				}
				LocalDate confirmed = assessment == null ? null : assessment.getConfirmationDate();
				line.cell(texts.get("checklist.confirmationDate"), styles.label()) //$NON-NLS-1$
						.date(confirmed, styles.inputDate());
				for (int c = ChecklistLayout.CONFIRMATION_DATE + 1; c < ChecklistLayout.KEY; c++) {
					line.empty(styles.plain());
				}
				line.text(ChecklistLayout.CONFIRMATION_KEY); // lets the answer import find the line
				if (confirmed != null) {
					String sheetName = table.sheet().getSheetName();
					context.data(ChecklistSheetIndex.class).ifPresent(index -> index.exported().put(sheetName,
							ChecklistLayout.CONFIRMATION_KEY, new String[] { "", confirmed.toString(), "", "", "", "" })); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				}
			}
		}
		table.line().cell(texts.get(outOfScope ? "checklist.legendVendor" : "checklist.legend"), styles.plain()); //$NON-NLS-1$ //$NON-NLS-2$
		List<Column> columns = new ArrayList<>(List.of(Column.printed(texts.get("checklist.number"), 7), Column.printed(texts.get("checklist.item"), 52), //$NON-NLS-1$ //$NON-NLS-2$
				Column.printed(texts.get("checklist.column"), 21), Column.printed(texts.get("checklist.round1"), 8), //$NON-NLS-1$ //$NON-NLS-2$
				Column.printed(texts.get("checklist.round1Date"), 11), Column.printed(texts.get("checklist.round2"), 8), //$NON-NLS-1$ //$NON-NLS-2$
				Column.printed(texts.get("checklist.round2Date"), 11), //$NON-NLS-1$
				Column.printed(texts.bind("checklist.target", Integer.toString(rules.fiscalYear().year()), //$NON-NLS-1$
						Integer.toString(rules.fiscalYear().reiwaYear())), 13),
				Column.printed(texts.get("checklist.remarks"), 24), Column.hidden(texts.get("checklist.key")))); //$NON-NLS-1$ //$NON-NLS-2$
		if (showsResponsibility()) {
			columns.add(Column.printed(texts.get("checklist.responsibility"), 24)); //$NON-NLS-1$
		}
		table.columns(columns);
		for (Section section : edition.getSections()) {
			List<Item> items = Editions.items(section, form);
			if (items.isEmpty()) {
				continue;
			}
			table.row().cell(section.getNumber(), styles.label()).cell(sectionTitle(section), styles.label());
			for (Item item : items) {
				for (String column : Editions.columnIds(item)) {
					ChecklistAnswer answer = assessment == null ? null
							: Assessments.answer(assessment, item.getId(), column).orElse(null);
					writeRow(table, item, column, answer);
				}
			}
		}
		table.dropDown(ChecklistLayout.ROUND1, AnswerRules.choices(texts, outOfScope));
		table.dropDown(ChecklistLayout.ROUND2, AnswerRules.choices(texts, outOfScope));
		table.dateValidation(ChecklistLayout.ROUND1_DATE, rules.earliestAnswerDate(), rules.latestAnswerDate());
		table.dateValidation(ChecklistLayout.ROUND2_DATE, rules.earliestAnswerDate(), rules.latestAnswerDate());
		table.dateValidation(ChecklistLayout.TARGET_DATE, rules.earliestTargetDate(), rules.latestTargetDate());
		table.finish();
	}

	private void writeRow(TableWriter table, Item item, String column, ChecklistAnswer answer) {
		CellStyles styles = context.styles();
		TableWriter.RowWriter row = table.row().text(Editions.label(item)).text(itemText(item))
				.text(texts.get("column." + column)); //$NON-NLS-1$
		if (answer == null) {
			row.empty(styles.input()).empty(styles.inputDate()).empty(styles.input()).empty(styles.inputDate())
					.empty(styles.inputDate()).empty(styles.inputText());
		} else {
			row.cell(AnswerRules.label(texts, answer.getRound1()), styles.input())
					.date(answer.getRound1Date(), styles.inputDate())
					.cell(AnswerRules.label(texts, answer.getRound2()), styles.input())
					.date(answer.getRound2Date(), styles.inputDate())
					.date(answer.getTargetDate(), styles.inputDate())
					.cell(answer.getRemarks(), styles.inputText());
		}
		String key = ChecklistLayout.key(item.getId(), column);
		row.text(key);
		if (answer != null) {
			String sheetName = table.sheet().getSheetName();
			context.data(ChecklistSheetIndex.class).ifPresent(index -> index.exported().put(sheetName, key, answer));
		}
		if (showsResponsibility()) {
			List<String> vendors = Responsibilities.outOfScopeVendors(Sheets.handover(context).facility(), edition.getId(), item.getId()).stream()
					.map(SheetTexts::name).toList();
			row.text(vendors.isEmpty() ? "" : texts.bind("checklist.responsibilityText", String.join(", ", vendors))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
	}

	/** The facility's own form of an edition whose vendor form offers 対象外 shows what the vendors left to it. */
	private boolean showsResponsibility() {
		return form != FormKind.VENDOR && Editions.offersOutOfScope(edition, FormKind.VENDOR);
	}

	private String title() {
		boolean ja = context.language() == WorkbookLanguage.JA;
		String editionTitle = ja ? edition.getTitleJa() : edition.getTitleEn();
		String formTitle = Editions.form(edition, form).map(f -> ja ? f.getTitleJa() : f.getTitleEn()).orElse(form.getLiteral());
		return CertaintyMarkers.strip(editionTitle + (ja ? "　" : " - ") + formTitle); //$NON-NLS-1$ //$NON-NLS-2$
	}

	private String sectionTitle(Section section) {
		return CertaintyMarkers.strip(context.language() == WorkbookLanguage.JA ? section.getTitleJa() : section.getTitleEn());
	}

	private String itemText(Item item) {
		boolean ja = context.language() == WorkbookLanguage.JA;
		if (form == FormKind.VENDOR) {
			String vendorText = ja ? item.getVendorTextJa() : item.getVendorTextEn();
			if (vendorText != null && !vendorText.isBlank()) {
				return CertaintyMarkers.strip(vendorText);
			}
		}
		return CertaintyMarkers.strip(ja ? item.getTextJa() : item.getTextEn());
	}
}
