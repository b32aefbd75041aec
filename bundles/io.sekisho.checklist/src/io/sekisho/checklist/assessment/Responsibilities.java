package io.sekisho.checklist.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.internal.Messages;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Organization;

/**
 * The split of work the vendor form's 対象外 records: an item a vendor answers as outside its maintenance contract is
 * the facility's own to do, and the facility's form shows it so (both sides must agree on that split).
 */
public final class Responsibilities {

	private Responsibilities() {
	}

	/** @return the vendors whose latest answer to the item (any device column) in the edition is 対象外 */
	public static List<Organization> outOfScopeVendors(FacilityWorkbook workbook, String editionId, String itemId) {
		List<Organization> vendors = new ArrayList<>();
		for (ChecklistAssessment assessment : workbook.getChecklistAssessments()) {
			if (assessment.getForm() != ChecklistForm.VENDOR || !Objects.equals(assessment.getEditionId(), editionId)
					|| assessment.getRespondent() == null) {
				continue;
			}
			for (ChecklistAnswer answer : assessment.getAnswers()) {
				if (itemId.equals(answer.getItemId()) && Answers.latest(answer) == Answer.OUT_OF_SCOPE
						&& !vendors.contains(assessment.getRespondent())) {
					vendors.add(assessment.getRespondent());
				}
			}
		}
		return vendors;
	}

	/** @return "XX が対象外と回答: 医療機関等が対応" for the item, or an empty string when no vendor said 対象外 */
	public static String facilityCarries(FacilityWorkbook workbook, String editionId, String itemId) {
		List<Organization> vendors = outOfScopeVendors(workbook, editionId, itemId);
		if (vendors.isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		String names = String.join("、", vendors.stream().map(o -> o.getName() == null ? "" : o.getName()).toList()); //$NON-NLS-1$ //$NON-NLS-2$
		return NLS.bind(Messages.Responsibility_facility, names);
	}
}
