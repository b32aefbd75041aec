package io.sekisho.workbook.internal.sheets;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.SecuritySoftware;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.TableWriter;

/** 機器台帳: the asset register (checklist 2-(1)), one row per device. */
public final class DeviceSheetContributor implements SheetContributor {

	private static final String[] HEADERS = { "name", "category", "networkType", "role", "status", "manufacturer", "model", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$
			"serial", "location", "zone", "ip", "mac", "managedBy", "remote", "os", "firmware", "security", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			"sourceRestriction", "services", "media", "installed", "endOfSupport", "notes" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$

	@Override
	public void contribute(ExportContext context) {
		WorkbookTexts texts = SheetTexts.of(context);
		TableWriter table = context.createTable(texts.get("sheet.devices"), texts.get("sheet.devices.description")); //$NON-NLS-1$ //$NON-NLS-2$
		table.header(headers(texts, "device.", HEADERS)); //$NON-NLS-1$
		for (Device d : Sheets.handover(context).facility().getDevices()) {
			SecuritySoftware security = d.getSecuritySoftware();
			table.row().text(d.getName()).text(SheetTexts.label(texts, d.getCategory()))
					.text(SheetTexts.label(texts, d.getNetworkType())).text(d.getRole())
					.text(SheetTexts.label(texts, d.getStatus())).text(d.getManufacturer()).text(d.getModel())
					.text(d.getSerialNumber()).text(d.getLocation()).text(d.getZone() == null ? null : d.getZone().getName())
					.text(SheetTexts.join(d.getIpAddresses())).text(SheetTexts.join(d.getMacAddresses()))
					.text(SheetTexts.name(d.getManagedBy())).text(SheetTexts.yesNo(texts, d.isRemoteMaintenance()))
					.text(d.getOperatingSystem()).text(d.getFirmwareVersion())
					.text(security == null ? null : security.getProduct())
					.text(SheetTexts.label(texts, d.getSourceAddressRestriction()))
					.text(SheetTexts.label(texts, d.getUnneededServicesDisabled()))
					.text(SheetTexts.label(texts, d.getRemovableMediaRestricted())).date(d.getInstallDate())
					.date(d.getEndOfSupport()).text(d.getNotes());
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
