package io.sekisho.ui.internal.editor;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.sekisho.core.labels.PasswordVerdict;
import io.sekisho.model.facility.Account;
import io.sekisho.password.Finding;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.PasswordProfile;
import io.sekisho.password.Verdict;
import io.sekisho.password.assessment.AccountPasswords;
import io.sekisho.password.breached.BreachedIndex;
import io.sekisho.password.vault.PasswordVault;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.passwords.BreachedIndexes;
import io.sekisho.ui.internal.passwords.Vaults;
import io.sekisho.ui.internal.preferences.SekishoPreferences;

/**
 * The masked password field of the Accounts page. Typing checks the password live (after a short pause) against
 * the selected account's context; "Store assessment" writes the assessment (never the password) as one undoable
 * command and empties the field. The characters are wiped from memory after each use.
 */
final class PasswordCheckArea {

	private static final int PAUSE_MS = 300;

	private final FacilityEditor editor;
	private final TableViewer accounts;
	private final PasswordCatalog catalog = PasswordCatalog.fromPlatform();
	private final PasswordChecker checker = new PasswordChecker(catalog);
	private final AccountPasswords passwords = new AccountPasswords(checker);
	private final Text password;
	private final Label verdict;
	private final Text findings;
	private final Button store;
	private final Runnable liveCheck = this::checkNow;

	PasswordCheckArea(Composite parent, FormToolkit toolkit, FacilityEditor editor, TableViewer accounts) {
		this.editor = editor;
		this.accounts = accounts;
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(Messages.PasswordCheck_title);
		section.setDescription(Messages.PasswordCheck_description);
		section.setLayoutData(new GridData(SWT.FILL, SWT.BOTTOM, true, false));
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(3, false));
		section.setClient(client);
		toolkit.createLabel(client, Messages.PasswordCheck_password);
		password = toolkit.createText(client, "", SWT.PASSWORD | SWT.SINGLE); //$NON-NLS-1$
		password.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		store = toolkit.createButton(client, Messages.PasswordCheck_store, SWT.PUSH);
		verdict = toolkit.createLabel(client, "", SWT.WRAP); //$NON-NLS-1$
		verdict.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false, 3, 1));
		findings = toolkit.createText(client, "", SWT.MULTI | SWT.WRAP | SWT.READ_ONLY); //$NON-NLS-1$
		GridData findingsData = new GridData(SWT.FILL, SWT.FILL, true, false, 3, 1);
		findingsData.heightHint = 70;
		findings.setLayoutData(findingsData);

		password.addModifyListener(e -> password.getDisplay().timerExec(PAUSE_MS, liveCheck));
		store.addListener(SWT.Selection, e -> storeAssessment());
		password.addListener(SWT.DefaultSelection, e -> storeAssessment());
		accounts.addSelectionChangedListener(e -> {
			password.setText(""); //$NON-NLS-1$
			showVerdict(null);
		});
		showVerdict(null);
	}

	/** The masked field (tests type into it like a user). */
	Text passwordField() {
		return password;
	}

	String verdictText() {
		return verdict.getText();
	}

	private Optional<Account> selectedAccount() {
		Object first = ((IStructuredSelection) accounts.getSelection()).getFirstElement();
		return first instanceof Account account ? Optional.of(account) : Optional.empty();
	}

	private PasswordProfile profile() {
		return catalog.profile(SekishoPreferences.passwordProfile()).orElse(catalog.defaultProfile());
	}

	/** Live check: the verdict only; nothing is stored, the vault is only read. */
	void checkNow() {
		if (password.isDisposed()) {
			return;
		}
		Optional<Account> account = selectedAccount();
		char[] chars = password.getTextChars();
		try {
			if (account.isEmpty() || chars.length == 0) {
				showVerdict(null);
				return;
			}
			Optional<BreachedIndex> breached = BreachedIndexes.open();
			try {
				// with the vault, reuse at another facility of this installation shows while typing, before anything is stored
				Verdict result = checker.check(chars,
						passwords.contextFor(editor.workbook(), account.get(), profile(), Vaults.installation(), breached));
				showVerdict(result);
			} finally {
				closeQuietly(breached);
			}
		} finally {
			Arrays.fill(chars, '\0');
		}
	}

	/** Stores the assessment of the typed password on the selected account (one command) and empties the field. */
	void storeAssessment() {
		Optional<Account> account = selectedAccount();
		char[] chars = password.getTextChars();
		if (account.isEmpty() || chars.length == 0) {
			Arrays.fill(chars, '\0');
			return;
		}
		Optional<PasswordVault> vault = Vaults.installation();
		Optional<BreachedIndex> breached = BreachedIndexes.open();
		Verdict[] result = new Verdict[1];
		IOException[] failure = new IOException[1];
		ChangeCommand command = new ChangeCommand(account.get()) {
			@Override
			protected void doExecute() {
				try {
					result[0] = passwords.assess(editor.workbook(), account.get(), chars, profile(), vault, breached);
				} catch (IOException e) {
					failure[0] = e;
				}
			}
		};
		command.setLabel(Messages.PasswordCheck_command);
		try {
			editor.getEditingDomain().getCommandStack().execute(command);
		} finally {
			Arrays.fill(chars, '\0');
			password.setText(""); //$NON-NLS-1$
			closeQuietly(breached);
		}
		if (failure[0] != null) {
			editor.showError(Messages.PasswordCheck_vaultFailed, failure[0]);
		}
		showVerdict(result[0]);
	}

	private static void closeQuietly(Optional<BreachedIndex> index) {
		index.ifPresent(i -> {
			try {
				i.close();
			} catch (Exception e) {
				// read-only index: nothing is lost when closing fails
			}
		});
	}

	private void showVerdict(Verdict result) {
		if (result == null) {
			verdict.setText(selectedAccount().isEmpty() ? Messages.PasswordCheck_selectAccount : Messages.PasswordCheck_type);
			findings.setText(""); //$NON-NLS-1$
		} else {
			verdict.setText(NLS.bind(Messages.PasswordCheck_verdict, new Object[] {
					PasswordVerdict.of(result.accepted()).label(), result.score(), result.length(), result.profileId() }));
			StringBuilder text = new StringBuilder();
			for (Finding finding : result.findings()) {
				text.append(finding.code().code()).append(": ").append(finding.message(Locale.getDefault())).append('\n'); //$NON-NLS-1$
			}
			findings.setText(text.toString().strip());
		}
		verdict.getParent().layout(true);
	}
}
