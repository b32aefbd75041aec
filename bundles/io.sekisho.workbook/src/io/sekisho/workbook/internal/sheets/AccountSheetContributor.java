package io.sekisho.workbook.internal.sheets;

import java.time.ZoneId;

import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.TableWriter;

/**
 * アカウント監査: accounts with their password verdict and finding codes. Deliberately absent: the password, its
 * fingerprint, the fingerprint scheme and the facility's fingerprint salt; the header list below is the whole
 * sheet.
 */
public final class AccountSheetContributor implements SheetContributor {

	/** Dates in the workbook are the facility's (Japan) calendar dates. */
	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo"); //$NON-NLS-1$

	@Override
	public void contribute(ExportContext context) {
		WorkbookTexts texts = SheetTexts.of(context);
		TableWriter table = context.createTable(texts.get("sheet.accounts"), texts.get("sheet.accounts.description")); //$NON-NLS-1$ //$NON-NLS-2$
		table.header(DeviceSheetContributor.headers(texts, "account.", "device", "system", "user", "kind", "owner", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
				"ownerOrganization", "status", "lastUsed", "mfa", "profile", "score", "length", "classes", "verdict", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
				"findings", "assessedAt")); //$NON-NLS-1$ //$NON-NLS-2$
		for (Account a : Sheets.handover(context).facility().getAccounts()) {
			PasswordAssessment p = a.getPasswordAssessment();
			TableWriter.RowWriter row = table.row().text(a.getDevice() == null ? null : a.getDevice().getName())
					.text(a.getSystem()).text(a.getUserName()).text(SheetTexts.label(texts, a.getKind())).text(a.getOwner())
					.text(SheetTexts.name(a.getOwnerOrganization())).text(SheetTexts.label(texts, a.getStatus()))
					.date(a.getLastUsed()).text(SheetTexts.yesNo(texts, a.isMultiFactorAuthentication()));
			if (p == null) {
				row.text(null).text(null).text(null).text(null);
			} else {
				row.text(p.getProfileId()).number(p.getScore()).number(p.getLength())
						.text(SheetTexts.join(p.getCharacterClasses().stream().map(c -> SheetTexts.label(texts, c)).toList()));
			}
			row.text(texts.get(PasswordVerdict.of(a).textKey));
			row.text(p == null ? null : SheetTexts.join(p.getFindingCodes()));
			row.date(p == null || p.getAssessedAt() == null ? null : p.getAssessedAt().atZone(JAPAN).toLocalDate());
		}
		table.finish();
	}
}
