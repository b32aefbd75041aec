package io.sekisho.workbook.internal.sheets;

import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.TableWriter;

/** 外部接続点: every connection that leaves the facility, with its controls. */
public final class ConnectionSheetContributor implements SheetContributor {

	@Override
	public void contribute(ExportContext context) {
		WorkbookTexts texts = SheetTexts.of(context);
		TableWriter table = context.createTable(texts.get("sheet.connections"), texts.get("sheet.connections.description")); //$NON-NLS-1$ //$NON-NLS-2$
		table.columns(new Columns(texts, "connection.").printed("name", 16).printed("purpose", 13) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.printed("counterpart", 18).printed("gateway", 14).printed("zone", 12).printed("mode", 10) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.printed("sourceRestriction", 9).printed("sourceRestrictionDetail", 22).printed("mfa", 9) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.printed("logging", 9).printed("approval", 22).list()); //$NON-NLS-1$ //$NON-NLS-2$
		for (ExternalConnection c : Sheets.handover(context).facility().getExternalConnections()) {
			table.row().text(c.getName()).text(SheetTexts.label(texts, c.getPurpose())).text(SheetTexts.name(c.getCounterpart()))
					.text(c.getGateway() == null ? null : c.getGateway().getName())
					.text(c.getZone() == null ? null : c.getZone().getName()).text(SheetTexts.label(texts, c.getMode()))
					.text(SheetTexts.label(texts, c.getSourceRestriction())).text(c.getSourceRestrictionDetail())
					.text(SheetTexts.label(texts, c.getMultiFactorAuthentication()))
					.text(SheetTexts.label(texts, c.getLogging())).text(c.getApprovalProcedure());
		}
		table.finish();
	}
}
