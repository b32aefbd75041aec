package io.sekisho.core.demo;

import java.time.LocalDate;

import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.Organization;

/**
 * The checklist assessments of the demo: last year's R7 (FY2025) form of the hospital, partly answered, and the
 * vendor form sent to the EHR vendor; then, unless the demo is built as it stood in FY2025, this year's R8 (FY2026)
 * combined form of the hospital and the EHR vendor's R8 answers, one of them 対象外 (outside its maintenance
 * contract). Edition, item and column ids are those of the checklist catalog (editions mhlw-r7, mhlw-r8).
 */
final class DemoChecklist {

	static final String EDITION = "mhlw-r7"; //$NON-NLS-1$
	static final int FISCAL_YEAR = 2025;
	static final String CURRENT_EDITION = "mhlw-r8"; //$NON-NLS-1$
	static final int CURRENT_FISCAL_YEAR = 2026;

	private final DemoContext c;
	private final DemoOrganizations orgs;
	private final boolean currentYear;

	DemoChecklist(DemoContext c, DemoOrganizations orgs, boolean currentYear) {
		this.c = c;
		this.orgs = orgs;
		this.currentYear = currentYear;
	}

	void build() {
		ChecklistAssessment own = assessment("hospital", ChecklistForm.MEDICAL_INSTITUTION, null); //$NON-NLS-1$
		own.setRespondentName("情報 守（情報システム室長）"); //$NON-NLS-1$
		LocalDate first = LocalDate.of(2025, 6, 2);
		answer(own, "0", null, Answer.YES, first, null, null); //$NON-NLS-1$
		answer(own, "1-①", null, Answer.YES, first, null, "2025年4月1日付で任命"); //$NON-NLS-1$ //$NON-NLS-2$
		answer(own, "2-①", "general", Answer.YES, first, null, "Sekisho の機器台帳（本ファイル）"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		answer(own, "2-⑥", "general", Answer.NO, first, LocalDate.of(2025, 9, 30), "FortiGate の更新を電子カルテベンダーと調整中"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		answer(own, "1-rules", null, Answer.YES, first, null, "運用管理規程 2023年改定版"); //$NON-NLS-1$ //$NON-NLS-2$
		answer(own, "2-⑩", "server", Answer.NO, first, LocalDate.of(2026, 3, 31), "ログの改ざん防止は未対応"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		answer(own, "2-2fa", "general", Answer.NO, first, LocalDate.of(2026, 3, 31), "二要素認証は次回更新で導入予定"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		answer(own, "2-⑫", "server", Answer.YES, first, null, null); //$NON-NLS-1$ //$NON-NLS-2$
		answer(own, "2-⑬", "networkDevice", Answer.NO, first, LocalDate.of(2025, 12, 26), "保守用 VPN の接続元制限を依頼中"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$

		ChecklistAssessment vendor = assessment("vendor-ehr", ChecklistForm.VENDOR, orgs.ehrVendor); //$NON-NLS-1$
		vendor.setRemarks("2025年6月 送付済み、回答待ち"); //$NON-NLS-1$
		if (currentYear) {
			buildCurrentYear();
		}
	}

	/** This year's R8 forms: the hospital's combined form and the EHR vendor's answers. */
	private void buildCurrentYear() {
		LocalDate checked = LocalDate.of(2026, 7, 1);
		ChecklistAssessment own = assessment(CURRENT_EDITION, CURRENT_FISCAL_YEAR, "hospital", ChecklistForm.MEDICAL_INSTITUTION_AND_PHARMACY, null); //$NON-NLS-1$
		own.setRespondentName("情報 守（情報システム室長）"); //$NON-NLS-1$
		own.setConfirmationDate(checked);
		answer(own, "1-①", null, Answer.YES, checked, null, "2025年4月1日付で任命"); //$NON-NLS-1$ //$NON-NLS-2$
		answer(own, "2-①", "general", Answer.YES, checked, null, "Sekisho の機器台帳（本ファイル）"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		answer(own, "2-⑥", "general", Answer.NO, checked, LocalDate.of(2026, 9, 30), "FortiGate の更新を電子カルテベンダーと調整中"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		answer(own, "2-⑦", "general", Answer.NO, checked, LocalDate.of(2027, 1, 29), "13文字以上への変更を計画中"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		answer(own, "4-①", null, Answer.YES, checked, null, "運用管理規程 2023年改定版"); //$NON-NLS-1$ //$NON-NLS-2$

		ChecklistAssessment vendor = assessment(CURRENT_EDITION, CURRENT_FISCAL_YEAR, "vendor-ehr", ChecklistForm.VENDOR, orgs.ehrVendor); //$NON-NLS-1$
		vendor.setRespondentName(orgs.ehrVendor.getName());
		vendor.setConfirmationDate(LocalDate.of(2026, 7, 15));
		LocalDate answered = LocalDate.of(2026, 7, 15);
		answer(vendor, "1-①", null, Answer.YES, answered, null, null); //$NON-NLS-1$
		answer(vendor, "2-③", "general", Answer.YES, answered, null, "MDS/SDS 第5版を提出済み"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		// client PCs are the hospital's: USB restriction lies outside the EHR maintenance contract
		answer(vendor, "2-⑨", "general", Answer.OUT_OF_SCOPE, answered, null, "端末PCは保守契約の範囲外"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private ChecklistAssessment assessment(String key, ChecklistForm form, Organization respondent) {
		return assessment(EDITION, FISCAL_YEAR, key, form, respondent);
	}

	private ChecklistAssessment assessment(String edition, int fiscalYear, String key, ChecklistForm form, Organization respondent) {
		ChecklistAssessment assessment = c.withId(c.f.createChecklistAssessment(), "checklist/" + edition + "/" + key); //$NON-NLS-1$ //$NON-NLS-2$
		assessment.setEditionId(edition);
		assessment.setFiscalYear(fiscalYear);
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
