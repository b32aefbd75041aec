package io.sekisho.ui.internal.editor;

import static io.sekisho.model.facility.FacilityPackage.Literals.*;

import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.sekisho.core.labels.PasswordFindingLabels;
import io.sekisho.core.labels.PasswordVerdict;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.PasswordAssessment;
import io.sekisho.ui.editor.Column;
import io.sekisho.ui.internal.Messages;

/**
 * Accounts per device or system with the stored password assessment. Below the table, a masked field checks a
 * password live for the selected account; only the assessment is stored, never the password.
 */
public final class AccountsPage extends TablePage {

	@Override
	protected EReference list() {
		return FACILITY_WORKBOOK__ACCOUNTS;
	}

	@Override
	protected String heading() {
		return Messages.Accounts_heading;
	}

	@Override
	protected List<Column> columns() {
		return List.of(
				Column.of(Messages.Accounts_device, ACCOUNT__DEVICE, 160),
				Column.of(Messages.Accounts_system, ACCOUNT__SYSTEM, 120),
				Column.of(Messages.Accounts_userName, ACCOUNT__USER_NAME, 130),
				Column.of(Messages.Accounts_kind, ACCOUNT__KIND, 90),
				Column.of(Messages.Accounts_owner, ACCOUNT__OWNER, 110),
				Column.of(Messages.Accounts_status, ACCOUNT__STATUS, 90),
				Column.of(Messages.Accounts_mfa, ACCOUNT__MULTI_FACTOR_AUTHENTICATION, 60),
				Column.of(Messages.Accounts_lastUsed, ACCOUNT__LAST_USED, 100),
				Column.derived(Messages.Accounts_verdict, AccountsPage::verdict, 80),
				Column.derived(Messages.Accounts_findings, AccountsPage::findings, 260),
				Column.derived(Messages.Accounts_reuse, this::reuse, 160));
	}

	private static PasswordAssessment assessment(EObject row) {
		return ((Account) row).getPasswordAssessment();
	}

	static String verdict(EObject row) {
		return PasswordVerdict.of(assessment(row)).label();
	}

	static String findings(EObject row) {
		PasswordAssessment assessment = assessment(row);
		// the findings by name (短すぎる、施設内で使い回し); the codes stay in the model and in --json
		return assessment == null ? "" : PasswordFindingLabels.labels(assessment.getFindingCodes()); //$NON-NLS-1$
	}

	/** @return the other accounts of this facility whose stored fingerprint is the same */
	private String reuse(EObject row) {
		PasswordAssessment mine = assessment(row);
		if (mine == null || mine.getFingerprint() == null || mine.getFingerprint().isEmpty()) {
			return ""; //$NON-NLS-1$
		}
		StringBuilder others = new StringBuilder();
		for (Account other : context().facility().getAccounts()) {
			PasswordAssessment theirs = other.getPasswordAssessment();
			if (other != row && theirs != null && mine.getFingerprint().equals(theirs.getFingerprint())) {
				others.append(others.isEmpty() ? "" : ", ").append(AccountLabels.of(other)); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return others.toString();
	}

	private PasswordCheckArea passwordArea;

	@Override
	protected void createExtraContent(Composite body, FormToolkit toolkit) {
		passwordArea = new PasswordCheckArea(body, toolkit, context(), table().viewer());
	}

	PasswordCheckArea passwordArea() {
		return passwordArea;
	}
}
