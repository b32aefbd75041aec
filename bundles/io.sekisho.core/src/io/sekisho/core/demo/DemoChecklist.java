package io.sekisho.core.demo;

import java.time.LocalDate;

import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.Organization;

/**
 * The checklist assessments of the demo: the hospital's own R7 (FY2025) form, barely started, and an empty vendor
 * form for the EHR vendor. Edition, item and column ids are those of the checklist catalog (editions mhlw-r7).
 */
final class DemoChecklist {

	static final String EDITION = "mhlw-r7"; //$NON-NLS-1$
	static final int FISCAL_YEAR = 2025;

	private final DemoContext c;
	private final DemoOrganizations orgs;

	DemoChecklist(DemoContext c, DemoOrganizations orgs) {
		this.c = c;
		this.orgs = orgs;
	}

	void build() {
		ChecklistAssessment own = assessment("hospital", ChecklistForm.MEDICAL_INSTITUTION, null); //$NON-NLS-1$
		own.setRespondentName("情報 守（情報システム室長）"); //$NON-NLS-1$
		LocalDate first = LocalDate.of(2025, 6, 2);
		answer(own, "0", null, Answer.YES, first, null, null); //$NON-NLS-1$
		answer(own, "1-①", null, Answer.YES, first, null, "2025年4月1日付で任命"); //$NON-NLS-1$ //$NON-NLS-2$
		answer(own, "2-①", "general", Answer.YES, first, null, "Sekisho の機器台帳（本ファイル）"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		answer(own, "2-⑥", "general", Answer.NO, first, LocalDate.of(2025, 9, 30), "FortiGate の更新を電子カルテベンダーと調整中"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		ChecklistAssessment vendor = assessment("vendor-ehr", ChecklistForm.VENDOR, orgs.ehrVendor); //$NON-NLS-1$
		vendor.setRemarks("2025年6月 送付済み、回答待ち"); //$NON-NLS-1$
	}

	private ChecklistAssessment assessment(String key, ChecklistForm form, Organization respondent) {
		ChecklistAssessment assessment = c.withId(c.f.createChecklistAssessment(), "checklist/" + EDITION + "/" + key); //$NON-NLS-1$ //$NON-NLS-2$
		assessment.setEditionId(EDITION);
		assessment.setFiscalYear(FISCAL_YEAR);
		assessment.setForm(form);
		assessment.setRespondent(respondent);
		c.workbook.getChecklistAssessments().add(assessment);
		return assessment;
	}

	private void answer(ChecklistAssessment assessment, String item, String column, Answer round1, LocalDate date, LocalDate target, String remarks) {
		ChecklistAnswer answer = c.f.createChecklistAnswer();
		answer.setItemId(item);
		answer.setDeviceColumn(column);
		answer.setRound1(round1);
		answer.setRound1Date(date);
		answer.setTargetDate(target);
		answer.setRemarks(remarks);
		assessment.getAnswers().add(answer);
	}
}
