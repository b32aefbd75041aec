package io.sekisho.workbook.benchmarks;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.Contact;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.PasswordAssessment;

/**
 * The baseline: the same rows and cell values of the list sheets (checklist, asset register, connections,
 * accounts, contacts, findings) written with plain POI SXSSF: one date style, no other styles, no widths, no
 * validation, no charts, no cover, no labels looked up.
 */
final class PlainSxssfExport {

	private PlainSxssfExport() {
	}

	static void write(FacilityWorkbook facility, Edition edition, Path out) throws IOException {
		try (SXSSFWorkbook workbook = new SXSSFWorkbook(200)) {
			CellStyle date = workbook.createCellStyle();
			date.setDataFormat(workbook.createDataFormat().getFormat("yyyy/mm/dd")); //$NON-NLS-1$
			Writer w = new Writer(date);
			SXSSFSheet checklist = workbook.createSheet("checklist"); //$NON-NLS-1$
			for (Item item : Editions.items(edition, FormKind.MEDICAL_INSTITUTION)) {
				for (String column : Editions.columnIds(item)) {
					w.row(checklist, item.getNumber(), item.getTextJa(), column, null, null, null, null, null, null,
							item.getId() + "|" + column); //$NON-NLS-1$
				}
			}
			SXSSFSheet devices = workbook.createSheet("devices"); //$NON-NLS-1$
			for (Device d : facility.getDevices()) {
				w.row(devices, d.getName(), String.valueOf(d.getCategory()), String.valueOf(d.getNetworkType()), d.getRole(),
						String.valueOf(d.getStatus()), d.getManufacturer(), d.getModel(), d.getSerialNumber(), d.getLocation(),
						d.getZone() == null ? null : d.getZone().getName(), String.join(", ", d.getIpAddresses()), //$NON-NLS-1$
						String.join(", ", d.getMacAddresses()), d.getManagedBy() == null ? null : d.getManagedBy().getName(), //$NON-NLS-1$
						String.valueOf(d.isRemoteMaintenance()), d.getOperatingSystem(), d.getFirmwareVersion(),
						d.getSecuritySoftware() == null ? null : d.getSecuritySoftware().getProduct(),
						String.valueOf(d.getSourceAddressRestriction()), String.valueOf(d.getUnneededServicesDisabled()),
						String.valueOf(d.getRemovableMediaRestricted()), d.getInstallDate(), d.getEndOfSupport(), d.getNotes());
			}
			SXSSFSheet connections = workbook.createSheet("connections"); //$NON-NLS-1$
			for (ExternalConnection c : facility.getExternalConnections()) {
				w.row(connections, c.getName(), String.valueOf(c.getPurpose()), c.getCounterpart() == null ? null : c.getCounterpart().getName(),
						c.getGateway() == null ? null : c.getGateway().getName(), c.getZone() == null ? null : c.getZone().getName(),
						String.valueOf(c.getMode()), String.valueOf(c.getSourceRestriction()), c.getSourceRestrictionDetail(),
						String.valueOf(c.getMultiFactorAuthentication()), String.valueOf(c.getLogging()), c.getApprovalProcedure());
			}
			SXSSFSheet accounts = workbook.createSheet("accounts"); //$NON-NLS-1$
			for (Account a : facility.getAccounts()) {
				PasswordAssessment p = a.getPasswordAssessment();
				w.row(accounts, a.getDevice() == null ? null : a.getDevice().getName(), a.getSystem(), a.getUserName(),
						String.valueOf(a.getKind()), a.getOwner(), a.getOwnerOrganization() == null ? null : a.getOwnerOrganization().getName(),
						String.valueOf(a.getStatus()), a.getLastUsed(), String.valueOf(a.isMultiFactorAuthentication()),
						p == null || p.getFindingCodes().isEmpty() ? "OK" : "NG", //$NON-NLS-1$ //$NON-NLS-2$
						p == null || p.getFindingCodes().isEmpty() ? null : "change", //$NON-NLS-1$
						p == null || p.getAssessedAt() == null ? null : LocalDate.ofInstant(p.getAssessedAt(), java.time.ZoneOffset.UTC));
			}
			SXSSFSheet contacts = workbook.createSheet("contacts"); //$NON-NLS-1$
			for (Contact c : facility.getContacts()) {
				w.row(contacts, (long) c.getOrder(), c.getRole(), String.valueOf(c.isInternal()), c.getOrganizationName(), c.getPerson(),
						c.getPhone(), c.getMail());
			}
			SXSSFSheet findings = workbook.createSheet("findings"); //$NON-NLS-1$
			long n = 1;
			for (Finding f : facility.getFindings()) {
				w.row(findings, n++, String.valueOf(f.getSeverity()), f.getSource(), f.getCode(), null, f.getText(),
						f.getRemediation(), f.getDueDate(), String.valueOf(f.getStatus()));
			}
			try (OutputStream stream = Files.newOutputStream(out)) {
				workbook.write(stream);
			}
			workbook.dispose();
		}
	}

	/** Appends rows of mixed values to sheets. */
	private static final class Writer {
		private final CellStyle date;

		Writer(CellStyle date) {
			this.date = date;
		}

		void row(SXSSFSheet sheet, Object... values) {
			Row row = sheet.createRow(sheet.getLastRowNum() + 1);
			for (int c = 0; c < values.length; c++) {
				Object v = values[c];
				if (v instanceof String s && !s.isEmpty()) {
					row.createCell(c).setCellValue(s);
				} else if (v instanceof LocalDate d) {
					var cell = row.createCell(c);
					cell.setCellValue(d);
					cell.setCellStyle(date);
				} else if (v instanceof Long l) {
					row.createCell(c).setCellValue(l);
				} else {
					row.createCell(c);
				}
			}
		}
	}
}
