package io.sekisho.netmap.analysis;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.model.facility.FacilityFactory;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FindingStatus;
import io.sekisho.model.ModelIds;

/**
 * Turns analysis results into findings (指摘事項): one per result not already recorded (same rule, same subject,
 * same text), source {@value #SOURCE}. The caller adds them to the workbook (in the rich client, with a command).
 */
public final class RuleFindings {

	public static final String SOURCE = "netmap"; //$NON-NLS-1$

	private RuleFindings() {
	}

	/** @return new findings for the results that have none yet */
	public static List<Finding> newFindings(FacilityWorkbook workbook, List<RuleResult> results) {
		List<Finding> created = new ArrayList<>();
		for (RuleResult result : results) {
			if (result.elements().isEmpty() || exists(workbook, result) || exists(created, result)) {
				continue;
			}
			Finding finding = FacilityFactory.eINSTANCE.createFinding();
			finding.setId(ModelIds.newId());
			finding.setSource(SOURCE);
			finding.setCode(result.ruleId());
			finding.setSeverity(result.severity().findingSeverity());
			finding.setSubject(result.elements().get(0));
			finding.setText(result.message());
			finding.setStatus(FindingStatus.OPEN);
			created.add(finding);
		}
		return created;
	}

	private static boolean exists(List<Finding> findings, RuleResult result) {
		for (Finding f : findings) {
			if (SOURCE.equals(f.getSource()) && result.ruleId().equals(f.getCode()) && f.getSubject() == result.elements().get(0)
					&& result.message().equals(f.getText())) {
				return true;
			}
		}
		return false;
	}

	private static boolean exists(FacilityWorkbook workbook, RuleResult result) {
		return exists(workbook.getFindings(), result);
	}
}
