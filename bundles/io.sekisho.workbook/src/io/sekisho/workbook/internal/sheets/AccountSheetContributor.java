package io.sekisho.workbook.internal.sheets;

import java.time.ZoneId;
import java.util.List;

import io.sekisho.catalog.CatalogEntry;
import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.core.labels.PasswordVerdict;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.AccountStatus;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.TableWriter;

/**
 * アカウント監査: per account the verdict on its password (合格 / 不合格 / 未点検, the rich client's words) and what
 * the facility has to do. The sheet gives what the hospital needs to act and nothing that helps guessing a
 * password: no length, no character classes, no strength score, no finding codes (a code such as "factory
 * default" tells an attacker which password to try, "reused across facilities" tells about other hospitals).
 * Never written: the password, its fingerprint, the fingerprint scheme and the facility's fingerprint salt; the
 * column list below is the whole sheet.
 */
public final class AccountSheetContributor implements SheetContributor {

	/** Dates in the workbook are the facility's (Japan) calendar dates. */
	static final ZoneId JAPAN = ZoneId.of("Asia/Tokyo"); //$NON-NLS-1$

	@Override
	public void contribute(ExportContext context) {
		WorkbookTexts texts = SheetTexts.of(context);
		TableWriter table = context.createTable(texts.get("sheet.accounts"), texts.get("sheet.accounts.description")); //$NON-NLS-1$ //$NON-NLS-2$
		table.columns(new Columns(texts, "account.").printed("device", 14).printed("system", 14).printed("user", 14) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.printed("kind", 9).printed("owner", 12).printed("ownerOrganization", 16).printed("status", 7) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.printed("lastUsed", 11).printed("mfa", 9).printed("verdict", 8).printed("action", 30) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.printed("assessedAt", 11).list()); //$NON-NLS-1$
		// looked up once per export, not per account (tens of thousands of rows)
		java.util.Map<PasswordVerdict, String> labels = new java.util.EnumMap<>(PasswordVerdict.class);
		java.util.Map<PasswordVerdict, String> actions = new java.util.EnumMap<>(PasswordVerdict.class);
		for (PasswordVerdict v : PasswordVerdict.values()) {
			labels.put(v, v.label(context.language().locale()));
			String actionKey = "account.action." + v.name(); //$NON-NLS-1$
			actions.put(v, texts.has(actionKey) ? texts.get(actionKey) : null);
		}
		DeviceCatalog catalog = DeviceCatalog.fromPlatform();
		for (Account a : Sheets.handover(context).facility().getAccounts()) {
			PasswordAssessment p = a.getPasswordAssessment();
			PasswordVerdict verdict = PasswordVerdict.of(a);
			table.row().text(a.getDevice() == null ? null : a.getDevice().getName()).text(a.getSystem()).text(a.getUserName())
					.text(SheetTexts.label(texts, a.getKind())).text(a.getOwner()).text(SheetTexts.name(a.getOwnerOrganization()))
					.text(SheetTexts.label(texts, a.getStatus())).date(a.getLastUsed())
					.text(SheetTexts.yesNo(texts, a.isMultiFactorAuthentication()))
					.text(labels.get(verdict)).text(action(a, actions.get(verdict), catalog, texts, context))
					.date(p == null || p.getAssessedAt() == null ? null : p.getAssessedAt().atZone(JAPAN).toLocalDate());
		}
		table.finish();
	}

	/**
	 * What to do; for an active account that still carries a vendor's documented service account name (the device
	 * catalog's), the vendor is named: the hospital has to ask that vendor. The name is on the account anyway, so
	 * this tells an attacker nothing new.
	 */
	private static String action(Account a, String byVerdict, DeviceCatalog catalog, WorkbookTexts texts, ExportContext context) {
		if (a.getStatus() != AccountStatus.ACTIVE) {
			return byVerdict;
		}
		List<CatalogEntry> products = catalog.serviceAccountsNamed(a.getUserName());
		if (products.isEmpty()) {
			return byVerdict;
		}
		return texts.bind("account.action.serviceAccount", products.get(0).label(context.language().locale())); //$NON-NLS-1$
	}
}
