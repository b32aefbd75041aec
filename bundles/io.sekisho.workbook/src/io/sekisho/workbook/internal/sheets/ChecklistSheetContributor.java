package io.sekisho.workbook.internal.sheets;

import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.assessment.FormKinds;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.Handover;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.TableWriter;

/** チェックリスト（医療機関確認用 / 薬局確認用 / 医療機関・薬局確認用）: the facility's own form, with the answers known so far. */
public final class ChecklistSheetContributor implements SheetContributor {

	@Override
	public void contribute(ExportContext context) {
		Handover handover = Sheets.handover(context);
		WorkbookTexts texts = SheetTexts.of(context);
		FacilityWorkbook facility = handover.facility();
		FormKind form = FormKinds.facilityForm(facility, handover.edition());
		ChecklistAssessment assessment = Assessments.facilityAssessment(facility, handover.edition().getId()).orElse(null);
		String name = texts.get("sheet.checklist." + form.getLiteral()); //$NON-NLS-1$
		TableWriter table = context.createTable(name, NLS.bind(texts.get("sheet.checklist.description"), name)); //$NON-NLS-1$
		String facilityName = facility.getFacility() == null ? "" : SheetTexts.nonNull(facility.getFacility().getName()); //$NON-NLS-1$
		List<String> heading = List.of(texts.bind("checklist.facility", facilityName), //$NON-NLS-1$
				texts.get("checklist.respondent") + (assessment == null ? "" : SheetTexts.nonNull(assessment.getRespondentName()))); //$NON-NLS-1$ //$NON-NLS-2$
		new ChecklistTable(context, texts, handover.edition(), form).write(table, heading, assessment);
		context.data(ChecklistSheetIndex.class).ifPresent(index -> index.add(table.sheet().getSheetName(), FormKinds.toModel(form), null));
	}
}
