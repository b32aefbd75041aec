package io.sekisho.workbook.internal.sheets;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Organization;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.TableWriter;

/**
 * 事業者確認用: one sheet per vendor, since the facility sends the vendor form to each vendor separately. A vendor
 * is an organization that already has a vendor assessment, maintains a device, does remote maintenance or is the
 * counterpart of an external connection.
 */
public final class VendorSheetContributor implements SheetContributor {

	@Override
	public void contribute(ExportContext context) {
		Handover handover = Sheets.handover(context);
		WorkbookTexts texts = SheetTexts.of(context);
		FacilityWorkbook facility = handover.facility();
		String facilityName = facility.getFacility() == null ? "" : SheetTexts.nonNull(facility.getFacility().getName()); //$NON-NLS-1$
		for (Organization vendor : vendors(facility, handover.edition().getId())) {
			ChecklistAssessment assessment = Assessments.vendorAssessment(facility, handover.edition().getId(), vendor).orElse(null);
			String vendorName = SheetTexts.name(vendor);
			TableWriter table = context.createTable(texts.bind("sheet.vendor", vendorName), //$NON-NLS-1$
					texts.bind("sheet.vendor.description", vendorName)); //$NON-NLS-1$
			List<String> heading = List.of(texts.bind("checklist.vendor", vendorName, facilityName), //$NON-NLS-1$
					texts.get("checklist.respondent") + (assessment == null ? "" : SheetTexts.nonNull(assessment.getRespondentName()))); //$NON-NLS-1$ //$NON-NLS-2$
			new ChecklistTable(context, texts, handover.edition(), FormKind.VENDOR).write(table, heading, assessment);
			context.data(ChecklistSheetIndex.class)
					.ifPresent(index -> index.add(table.sheet().getSheetName(), ChecklistForm.VENDOR, vendor.getId()));
		}
	}

	/** @return the vendors of the facility, in the order of the model */
	static Set<Organization> vendors(FacilityWorkbook facility, String editionId) {
		Set<Organization> vendors = new LinkedHashSet<>();
		Set<Organization> involved = new LinkedHashSet<>();
		for (ChecklistAssessment a : facility.getChecklistAssessments()) {
			if (a.getForm() == ChecklistForm.VENDOR && editionId.equals(a.getEditionId()) && a.getRespondent() != null) {
				involved.add(a.getRespondent());
			}
		}
		for (Device d : facility.getDevices()) {
			if (d.getManagedBy() != null) {
				involved.add(d.getManagedBy());
			}
		}
		for (ExternalConnection c : facility.getExternalConnections()) {
			if (c.getCounterpart() != null) {
				involved.add(c.getCounterpart());
			}
		}
		for (Organization o : facility.getOrganizations()) {
			if (involved.contains(o) || o.isRemoteMaintenance()) {
				vendors.add(o);
			}
		}
		return vendors;
	}
}
