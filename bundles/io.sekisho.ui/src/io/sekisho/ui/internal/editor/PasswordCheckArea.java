package io.sekisho.ui.internal.editor;

import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.jobs.Job;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Section;

import io.sekisho.core.labels.PasswordFindingLabels;
import io.sekisho.core.labels.PasswordVerdict;
import io.sekisho.model.facility.Account;
import io.sekisho.password.CheckContext;
import io.sekisho.password.Finding;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.PasswordProfile;
import io.sekisho.password.Verdict;
import io.sekisho.password.assessment.AccountPasswords;
import io.sekisho.password.assessment.FacilityContext;
import io.sekisho.password.breached.BreachedIndex;
import io.sekisho.password.vault.PasswordVault;
import io.sekisho.ui.editor.FacilityEditorContext;
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

	private final FacilityEditorContext context;
	private final TableViewer accounts;
	private final PasswordCatalog catalog = PasswordCatalog.fromPlatform();
	private final PasswordChecker checker = new PasswordChecker(catalog);
	private final AccountPasswords passwords = new AccountPasswords(checker);
	private final Text password;
	private final Label verdict;
	private final Text findings;
	private final Button store;
	private final Runnable liveCheck = this::checkNow;
	/** Counts live checks; only the latest one's verdict is shown. */
	private int checkGeneration;

	PasswordCheckArea(Composite parent, FormToolkit toolkit, FacilityEditorContext context, TableViewer accounts) {
		this.context = context;
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

	String findingsText() {
		return findings.getText();
	}

	private Optional<Account> selectedAccount() {
		Object first = ((IStructuredSelection) accounts.getSelection()).getFirstElement();
		return first instanceof Account account ? Optional.of(account) : Optional.empty();
	}

	private PasswordProfile profile() {
		return catalog.profile(SekishoPreferences.passwordProfile()).orElse(catalog.defaultProfile());
	}

	/**
	 * Live check: the verdict only; nothing is stored, the vault is only read. The context (the model's words and
	 * fingerprints) is taken on the UI thread; the check itself (Argon2id, the breached index, the vault) runs in
	 * a background job, so a slow or hostile cost never freezes the editor. A newer keystroke supersedes it.
	 */
	void checkNow() {
		if (password.isDisposed()) {
			return;
		}
		int generation = ++checkGeneration;
		Optional<Account> account = selectedAccount();
		char[] chars = password.getTextChars();
		if (account.isEmpty() || chars.length == 0) {
			Arrays.fill(chars, '\0');
			showVerdict(null);
			return;
		}
		CheckContext checkContext;
		try {
			checkContext = passwords.contextFor(context.facility(), account.get(), profile(), Vaults.installation(), Optional.empty());
		} catch (IllegalArgumentException e) {
			Arrays.fill(chars, '\0');
			showProblem(e.getMessage()); // a short salt or a crafted cost: nothing is computed
			return;
		}
		Display display = password.getDisplay();
		Job job = Job.create(Messages.PasswordCheck_title, monitor -> {
			Verdict result = null;
			String problem = null;
			Optional<BreachedIndex> breached = BreachedIndexes.open();
			try {
				result = checker.check(chars, new CheckContext(checkContext.profile(), checkContext.contextWords(), checkContext.mfa(),
						checkContext.periodicChange(), checkContext.facility(), checkContext.vault(), breached));
			} catch (RuntimeException e) { // e.g. an unreadable vault: say so instead of keeping an old verdict
				problem = e.getMessage();
			} finally {
				Arrays.fill(chars, '\0');
				closeQuietly(breached);
			}
			Verdict shown = result;
			String failure = problem;
			display.asyncExec(() -> {
				if (!password.isDisposed() && generation == checkGeneration) {
					if (shown != null) {
						showVerdict(shown);
					} else {
						showProblem(failure);
					}
				}
			});
		});
		job.setSystem(true);
		job.schedule();
	}

	/** Stores the assessment of the typed password on the selected account (one command) and empties the field. */
	void storeAssessment() {
		Optional<Account> account = selectedAccount();
		char[] chars = password.getTextChars();
		if (account.isEmpty() || chars.length == 0) {
			Arrays.fill(chars, '\0');
			return;
		}
		checkGeneration++; // a live check still running must not overwrite this verdict
		Optional<PasswordVault> vault = Vaults.installation();
		Optional<BreachedIndex> breached = BreachedIndexes.open();
		Verdict[] result = new Verdict[1];
		IOException[] failure = new IOException[1];
		String facility = FacilityContext.vaultKey(context.facility());
		String accountId = account.get().getId();
		ChangeCommand command = new ChangeCommand(account.get()) {
			/** what the vault held for the account before and after: undo and redo put it back */
			private Optional<PasswordVault.Recorded> before = Optional.empty();
			private Optional<PasswordVault.Recorded> after = Optional.empty();

			@Override
			protected void doExecute() {
				try {
					if (vault.isPresent()) {
						before = vault.get().recorded(facility, accountId);
					}
					result[0] = passwords.assess(context.facility(), account.get(), chars, profile(), vault, breached);
					if (vault.isPresent()) {
						after = vault.get().recorded(facility, accountId);
					}
				} catch (IOException | IllegalArgumentException e) {
					failure[0] = e instanceof IOException io ? io : new IOException(e.getMessage(), e);
				}
			}

			@Override
			public void undo() {
				super.undo();
				restore(before);
			}

			@Override
			public void redo() {
				super.redo();
				restore(after);
			}

			private void restore(Optional<PasswordVault.Recorded> entry) {
				try {
					if (vault.isPresent()) {
						vault.get().restore(facility, accountId, entry);
					}
				} catch (IOException e) {
					showError(e);
				}
			}
		};
		command.setLabel(Messages.PasswordCheck_command);
		try {
			context.execute(command);
		} finally {
			Arrays.fill(chars, '\0');
			password.setText(""); //$NON-NLS-1$
			closeQuietly(breached);
		}
		if (failure[0] != null) {
			showError(failure[0]);
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

	private void showProblem(String message) {
		verdict.setText(message == null ? "" : message); //$NON-NLS-1$
		findings.setText(""); //$NON-NLS-1$
		verdict.getParent().layout(true);
	}

	private void showVerdict(Verdict result) {
		if (result == null) {
			verdict.setText(selectedAccount().isEmpty() ? Messages.PasswordCheck_selectAccount : Messages.PasswordCheck_type);
			findings.setText(""); //$NON-NLS-1$
		} else {
			verdict.setText(NLS.bind(Messages.PasswordCheck_verdict, new Object[] {
					PasswordVerdict.of(result.accepted()).label(), result.score(), result.length(),
					catalog.profile(result.profileId()).map(p -> p.name(Locale.getDefault())).orElse(result.profileId()) }));
			StringBuilder text = new StringBuilder();
			for (Finding finding : result.findings()) {
				// the finding's name, not its code (短すぎる: …); the codes are for --json
				text.append(PasswordFindingLabels.label(finding.code().code())).append(": ").append(finding.message(Locale.getDefault())).append('\n'); //$NON-NLS-1$
			}
			findings.setText(text.toString().strip());
		}
		verdict.getParent().layout(true);
	}

	private void showError(Exception e) {
		ILog.of(getClass()).error(e.getMessage(), e);
		MessageDialog.openError(context.shell(), Messages.PasswordCheck_vaultFailed, e.getMessage());
	}
}
