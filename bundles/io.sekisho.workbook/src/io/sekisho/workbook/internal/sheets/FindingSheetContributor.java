package io.sekisho.workbook.internal.sheets;

import java.util.Comparator;
import java.util.List;

import org.eclipse.emf.ecore.EObject;

import io.sekisho.core.labels.FindingLabels;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.Named;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.TableWriter;

/** 指摘事項・是正計画: findings, most severe first, with remediation, due date and status. */
public final class FindingSheetContributor implements SheetContributor {

	@Override
	public void contribute(ExportContext context) {
		WorkbookTexts texts = SheetTexts.of(context);
		TableWriter table = context.createTable(texts.get("sheet.findings"), texts.get("sheet.findings.description")); //$NON-NLS-1$ //$NON-NLS-2$
		table.columns(new Columns(texts, "finding.").printed("number", 5).printed("severity", 7).printed("source", 10) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.printed("code", 14).printed("subject", 18).printed("text", 40).printed("remediation", 36) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.printed("due", 11).printed("status", 9).list()); //$NON-NLS-1$ //$NON-NLS-2$
		List<Finding> findings = Sheets.handover(context).facility().getFindings().stream()
				.sorted(Comparator.comparing(Finding::getSeverity).reversed()
						.thenComparing(Finding::getDueDate, Comparator.nullsLast(Comparator.naturalOrder())))
				.toList();
		int number = 1;
		for (Finding f : findings) {
			// the hospital's staff read this sheet: source and kind by name, never the machine codes
			java.util.Locale locale = texts.language().locale();
			table.row().number(number++).text(SheetTexts.label(texts, f.getSeverity())).text(FindingLabels.source(f.getSource(), locale))
					.text(FindingLabels.code(f.getCode(), locale))
					.text(subject(f.getSubject())).text(f.getText()).text(f.getRemediation()).date(f.getDueDate())
					.text(SheetTexts.label(texts, f.getStatus()));
		}
		table.finish();
	}

	/** A readable name of what a finding is about. */
	static String subject(EObject subject) {
		if (subject instanceof Named named) {
			return named.getName();
		}
		if (subject instanceof Account account) {
			String device = account.getDevice() == null ? account.getSystem() : account.getDevice().getName();
			return account.getUserName() + (device == null ? "" : " @ " + device); //$NON-NLS-1$ //$NON-NLS-2$
		}
		if (subject instanceof FirmwareRecord firmware) {
			return (firmware.getDevice() == null ? "" : firmware.getDevice().getName() + " ") //$NON-NLS-1$ //$NON-NLS-2$
					+ SheetTexts.nonNull(firmware.getInstalledVersion());
		}
		return ""; //$NON-NLS-1$
	}
}
