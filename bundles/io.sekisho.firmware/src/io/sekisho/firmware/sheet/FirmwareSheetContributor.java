package io.sekisho.firmware.sheet;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.Vulnerability;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.TableWriter;

/**
 * ファームウェア台帳 (checklist 2-(7)): one row per record of the register, worst first: device, model, installed and
 * fixed versions, status, the vulnerabilities with KEV due dates and JVN titles, plan, planned date, mitigation.
 */
public final class FirmwareSheetContributor implements SheetContributor {

	private static final String[] HEADERS = { "device", "model", "product", "installed", "fixed", "status", "vulnerabilities", "exploited", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
			"kevDue", "plan", "planned", "mitigation", "checked" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
	/** A cell holds at most this many vulnerabilities; the rest are counted. */
	private static final int MAX_LISTED = 12;

	@Override
	public void contribute(ExportContext context) {
		Handover handover = context.data(Handover.class).orElse(null);
		if (handover == null || handover.facility().getFirmwareRecords().isEmpty()) {
			return;
		}
		WorkbookTexts texts = WorkbookTexts.load(FirmwareSheetContributor.class, "firmwaresheet", context.language()); //$NON-NLS-1$
		TableWriter table = context.createTable(texts.get("sheet"), texts.get("sheet.description")); //$NON-NLS-1$ //$NON-NLS-2$
		List<String> headers = new ArrayList<>();
		for (String key : HEADERS) {
			headers.add(texts.get("header." + key)); //$NON-NLS-1$
		}
		table.header(headers);
		List<FirmwareRecord> records = new ArrayList<>(handover.facility().getFirmwareRecords());
		records.sort(SheetOrder.WORST_FIRST);
		for (FirmwareRecord r : records) {
			Device d = r.getDevice();
			table.row().text(d == null ? null : d.getName()).text(d == null ? null : d.getModel()).text(d == null ? null : d.getOperatingSystem())
					.text(r.getInstalledVersion()).text(fixed(r)).text(texts.get("status." + r.getStatus().getName())) //$NON-NLS-1$
					.text(vulnerabilities(r, texts)).text(exploited(r, texts)).date(SheetOrder.earliestKevDue(r)).text(r.getUpdatePlan())
					.date(r.getPlannedUpdate()).text(r.getVendorMitigation()).date(r.getCheckedOn());
		}
		table.finish();
	}

	private static String fixed(FirmwareRecord r) {
		return r.getVulnerabilities().stream().map(Vulnerability::getFixedIn).filter(f -> f != null && !f.isBlank()).distinct()
				.reduce((a, b) -> a + ", " + b).orElse(null); //$NON-NLS-1$
	}

	private static String exploited(FirmwareRecord r, WorkbookTexts texts) {
		return r.getVulnerabilities().stream().anyMatch(Vulnerability::isKnownExploited) ? texts.get("yes") : null; //$NON-NLS-1$
	}

	/** One line per vulnerability: id, severity and score, KEV due date, JVN id and Japanese title (ja only). */
	static String vulnerabilities(FirmwareRecord r, WorkbookTexts texts) {
		StringBuilder b = new StringBuilder();
		int n = 0;
		for (Vulnerability v : r.getVulnerabilities()) {
			if (n == MAX_LISTED) {
				b.append('\n').append(texts.bind("more", r.getVulnerabilities().size() - MAX_LISTED)); //$NON-NLS-1$
				break;
			}
			if (n++ > 0) {
				b.append('\n');
			}
			b.append(v.getCveId()).append(' ').append(texts.get("severity." + v.getSeverity().getName())); //$NON-NLS-1$
			if (v.getScore() > 0) {
				b.append(' ').append(String.format(java.util.Locale.ROOT, "%.1f", v.getScore())); //$NON-NLS-1$
			}
			b.append(' ').append(texts.get("match." + v.getMatch().getName())); //$NON-NLS-1$
			if (v.isKnownExploited()) {
				b.append(' ').append(texts.bind("kev", v.getKevDueDate() == null ? "-" : v.getKevDueDate().toString())); //$NON-NLS-1$ //$NON-NLS-2$
			}
			if (v.getJvnId() != null && texts.has("showJvnTitle")) { //$NON-NLS-1$
				b.append(' ').append(v.getJvnId());
				if (v.getTitleJa() != null) {
					b.append(' ').append(v.getTitleJa());
				}
			}
		}
		return b.isEmpty() ? null : b.toString();
	}
}
