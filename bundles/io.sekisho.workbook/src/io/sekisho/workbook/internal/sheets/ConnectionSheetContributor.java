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
		table.header(DeviceSheetContributor.headers(texts, "connection.", "name", "purpose", "counterpart", "gateway", "zone", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"mode", "sourceRestriction", "sourceRestrictionDetail", "mfa", "logging", "approval")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
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
