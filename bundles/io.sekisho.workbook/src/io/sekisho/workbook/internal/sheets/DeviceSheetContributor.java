package io.sekisho.workbook.internal.sheets;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.SecuritySoftware;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.TableWriter;

/**
 * 機器台帳: the asset register (checklist 2-(1)), one row per device. The columns an inspector reads come first
 * and are printed (A4 landscape at about 80 %); the rest of the register (serial and MAC numbers, security
 * software, install date, notes ...) follows as a collapsed column group for work on screen.
 */
public final class DeviceSheetContributor implements SheetContributor {

	@Override
	public void contribute(ExportContext context) {
		WorkbookTexts texts = SheetTexts.of(context);
		TableWriter table = context.createTable(texts.get("sheet.devices"), texts.get("sheet.devices.description")); //$NON-NLS-1$ //$NON-NLS-2$
		table.columns(new Columns(texts, "device.").printed("name", 14).printed("category", 17).printed("role", 18) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.printed("manufacturer", 14).printed("model", 13).printed("location", 10).printed("zone", 14) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.printed("ip", 13).printed("os", 14).printed("firmware", 10).printed("managedBy", 18) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.printed("remote", 8).printed("sourceRestriction", 9).printed("endOfSupport", 11) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				.detail("networkType", 14).detail("status", 8).detail("serial", 14).detail("mac", 18) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.detail("security", 16).detail("services", 9).detail("media", 9).detail("installed", 11) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.detail("notes", 30).list()); //$NON-NLS-1$
		for (Device d : Sheets.handover(context).facility().getDevices()) {
			SecuritySoftware security = d.getSecuritySoftware();
			table.row().text(d.getName()).text(SheetTexts.label(texts, d.getCategory())).text(d.getRole())
					.text(d.getManufacturer()).text(d.getModel()).text(d.getLocation())
					.text(d.getZone() == null ? null : d.getZone().getName()).text(SheetTexts.join(d.getIpAddresses()))
					.text(d.getOperatingSystem()).text(d.getFirmwareVersion()).text(SheetTexts.name(d.getManagedBy()))
					.text(SheetTexts.yesNo(texts, d.isRemoteMaintenance()))
					.text(SheetTexts.label(texts, d.getSourceAddressRestriction())).date(d.getEndOfSupport())
					.text(SheetTexts.label(texts, d.getNetworkType())).text(SheetTexts.label(texts, d.getStatus()))
					.text(d.getSerialNumber()).text(SheetTexts.join(d.getMacAddresses()))
					.text(security == null ? null : security.getProduct())
					.text(SheetTexts.label(texts, d.getUnneededServicesDisabled()))
					.text(SheetTexts.label(texts, d.getRemovableMediaRestricted())).date(d.getInstallDate())
					.text(d.getNotes());
		}
		table.finish();
	}

	static List<String> headers(WorkbookTexts texts, String prefix, String... keys) {
		List<String> headers = new ArrayList<>();
		for (String key : keys) {
			headers.add(texts.get(prefix + key));
		}
		return headers;
	}
}
