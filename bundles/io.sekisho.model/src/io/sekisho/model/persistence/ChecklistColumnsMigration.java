package io.sekisho.model.persistence;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.eclipse.emf.ecore.xmi.XMLResource;

import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Schema 1 to 2. Version 2 adds the FY2026 checklist vocabulary (the combined form, 対象外, 確認日, lockout and
 * two-factor records); those are new optional features and need nothing. What does need moving is a correction of
 * the FY2025 edition: its item 2-⑦ (passwords) is answered once for 医療情報システム全般, where version 1 asked it per
 * サーバ and ネットワーク機器. Answers of both old columns that say the same move into the one 全般 answer; answers
 * that differ stay where they are, so nothing is guessed, and the checklist lists them for the integrator.
 */
final class ChecklistColumnsMigration implements SchemaMigration {

	static final String R7 = "mhlw-r7"; //$NON-NLS-1$
	static final String PASSWORD_ITEM = "2-⑦"; //$NON-NLS-1$
	static final String GENERAL = "general"; //$NON-NLS-1$

	@Override
	public int sourceVersion() {
		return 1;
	}

	@Override
	public void migrate(FacilityWorkbook workbook, XMLResource resource) {
		for (ChecklistAssessment assessment : workbook.getChecklistAssessments()) {
			if (R7.equals(assessment.getEditionId())) {
				mergePasswordColumns(assessment);
			}
		}
	}

	private static void mergePasswordColumns(ChecklistAssessment assessment) {
		List<ChecklistAnswer> perColumn = new ArrayList<>();
		for (ChecklistAnswer answer : assessment.getAnswers()) {
			if (PASSWORD_ITEM.equals(answer.getItemId())) {
				if (GENERAL.equals(answer.getDeviceColumn())) {
					return; // answered the corrected way already
				}
				perColumn.add(answer);
			}
		}
		if (perColumn.isEmpty() || !perColumn.stream().allMatch(a -> same(a, perColumn.get(0)))) {
			return;
		}
		ChecklistAnswer kept = perColumn.get(0);
		kept.setDeviceColumn(GENERAL);
		assessment.getAnswers().removeAll(perColumn.subList(1, perColumn.size()));
	}

	private static boolean same(ChecklistAnswer a, ChecklistAnswer b) {
		return a.getRound1() == b.getRound1() && a.getRound2() == b.getRound2() && Objects.equals(a.getRound1Date(), b.getRound1Date())
				&& Objects.equals(a.getRound2Date(), b.getRound2Date()) && Objects.equals(a.getTargetDate(), b.getTargetDate())
				&& Objects.equals(a.getRemarks(), b.getRemarks());
	}
}
