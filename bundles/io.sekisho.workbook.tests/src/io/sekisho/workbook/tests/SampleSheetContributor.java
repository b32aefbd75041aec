package io.sekisho.workbook.tests;

import java.time.LocalDate;
import java.util.List;

import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.sheet.TableWriter;

/** The test fragment's contribution to io.sekisho.workbook.sheets: a small table. */
public class SampleSheetContributor implements SheetContributor {

	public static final String SHEET = "Sample"; //$NON-NLS-1$

	@Override
	public void contribute(ExportContext context) {
		TableWriter table = context.createTable(SHEET, "a sample table"); //$NON-NLS-1$
		table.line().cell("Sample", context.styles().title()); //$NON-NLS-1$
		table.header(List.of("No.", "Name", "Date")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		table.row().number(1).text("=HYPERLINK(\"x\")").date(LocalDate.of(2025, 4, 1)); //$NON-NLS-1$
		table.row().number(2).text("電子カルテサーバ").date(null); //$NON-NLS-1$
		table.finish();
	}
}
