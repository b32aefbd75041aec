package io.sekisho.checklist.assessment;

import java.util.Objects;
import java.util.Optional;

import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.internal.Messages;
import io.sekisho.model.ModelIds;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Organization;

/**
 * Finding and starting assessments. A facility has one facility assessment (hospital/clinic or pharmacy form) per
 * edition and one vendor assessment per edition and vendor organization.
 */
public final class Assessments {

	private Assessments() {
	}

	public static Optional<ChecklistAssessment> facilityAssessment(FacilityWorkbook workbook, String editionId) {
		return workbook.getChecklistAssessments().stream()
				.filter(a -> Objects.equals(a.getEditionId(), editionId) && a.getForm() != ChecklistForm.VENDOR).findFirst();
	}

	public static Optional<ChecklistAssessment> vendorAssessment(FacilityWorkbook workbook, String editionId, Organization vendor) {
		return workbook.getChecklistAssessments().stream().filter(a -> Objects.equals(a.getEditionId(), editionId)
				&& a.getForm() == ChecklistForm.VENDOR && a.getRespondent() == vendor).findFirst();
	}

	/** @return a new, empty facility assessment (not yet added to the workbook) */
	public static ChecklistAssessment newFacilityAssessment(FacilityWorkbook workbook, Edition edition) {
		return newAssessment(edition, FormKinds.facilityForm(workbook, edition), null);
	}

	/** Starts the facility assessment of an edition; there is one per edition. */
	public static ChecklistAssessment addFacilityAssessment(FacilityWorkbook workbook, Edition edition) {
		if (facilityAssessment(workbook, edition.getId()).isPresent()) {
			throw new IllegalStateException(NLS.bind(Messages.Assessment_exists, edition.getId()));
		}
		ChecklistAssessment assessment = newFacilityAssessment(workbook, edition);
		workbook.getChecklistAssessments().add(assessment);
		return assessment;
	}

	/** Starts the vendor assessment of an edition for one vendor organization of the workbook. */
	public static ChecklistAssessment addVendorAssessment(FacilityWorkbook workbook, Edition edition, Organization vendor) {
		if (!workbook.getOrganizations().contains(vendor)) {
			throw new IllegalArgumentException("the vendor must be an organization of the workbook"); //$NON-NLS-1$
		}
		if (vendorAssessment(workbook, edition.getId(), vendor).isPresent()) {
			throw new IllegalStateException(NLS.bind(Messages.Assessment_vendorExists, edition.getId(), vendor.getName()));
		}
		ChecklistAssessment assessment = newAssessment(edition, FormKind.VENDOR, vendor);
		workbook.getChecklistAssessments().add(assessment);
		return assessment;
	}

	private static ChecklistAssessment newAssessment(Edition edition, FormKind form, Organization vendor) {
		ChecklistAssessment assessment = FacilityFactory.eINSTANCE.createChecklistAssessment();
		assessment.setId(ModelIds.newId());
		assessment.setEditionId(edition.getId());
		assessment.setFiscalYear(edition.getFiscalYear());
		assessment.setForm(FormKinds.toModel(form));
		assessment.setRespondent(vendor);
		if (vendor != null) {
			assessment.setRespondentName(vendor.getName());
		}
		return assessment;
	}

	public static Optional<ChecklistAnswer> answer(ChecklistAssessment assessment, String itemId, String columnId) {
		return assessment.getAnswers().stream()
				.filter(a -> Objects.equals(a.getItemId(), itemId) && Objects.equals(blankToEmpty(a.getDeviceColumn()), columnId))
				.findFirst();
	}

	public static ChecklistAnswer answerOrCreate(ChecklistAssessment assessment, String itemId, String columnId) {
		return answer(assessment, itemId, columnId).orElseGet(() -> {
			ChecklistAnswer answer = FacilityFactory.eINSTANCE.createChecklistAnswer();
			answer.setItemId(itemId);
			answer.setDeviceColumn(columnId);
			assessment.getAnswers().add(answer);
			return answer;
		});
	}

	static String blankToEmpty(String column) {
		return column == null ? "" : column; //$NON-NLS-1$
	}
}
