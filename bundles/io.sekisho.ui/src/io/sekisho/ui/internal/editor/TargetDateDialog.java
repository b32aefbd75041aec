package io.sekisho.ui.internal.editor;

import java.time.LocalDate;
import java.util.Optional;

import org.eclipse.jface.dialogs.Dialog;
import org.eclipse.jface.dialogs.IDialogConstants;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Text;

import io.sekisho.core.time.StrictDates;
import io.sekisho.ui.internal.Messages;

/**
 * Asked when accepted suggestions write いいえ: an いいえ needs the date by which the measure will be in place (the
 * MHLW form's 目標日). The field proposes the last day of the assessment's fiscal year; the user may set it, accept
 * without one (the answers stay marked as needing a target date) or cancel the acceptance.
 */
final class TargetDateDialog extends Dialog {

	/** What the user chose. */
	sealed interface Choice permits WithDate, WithoutDate {
	}

	/** Accept and write this target date into the いいえ answers. */
	record WithDate(LocalDate date) implements Choice {
	}

	/** Accept now, set the target dates later. */
	record WithoutDate() implements Choice {
	}

	static final int WITHOUT_DATE_ID = IDialogConstants.CLIENT_ID + 1;

	private final int noCount;
	private final String items;
	private final LocalDate proposed;
	private final String fiscalYear;
	private Text dateField;
	private Label problem;
	private Choice choice;

	/**
	 * @param items    the item numbers of the いいえ answers, as the form writes them (2-⑦, 2-⑧)
	 * @param proposed the proposed target date (the fiscal year's last day)
	 */
	TargetDateDialog(Shell parent, int noCount, String items, LocalDate proposed, String fiscalYear) {
		super(parent);
		this.noCount = noCount;
		this.items = items;
		this.proposed = proposed;
		this.fiscalYear = fiscalYear;
	}

	/** @return the choice, or empty when the user cancelled (nothing is accepted) */
	Optional<Choice> ask() {
		return open() == CANCEL || choice == null ? Optional.empty() : Optional.of(choice);
	}

	@Override
	protected void configureShell(Shell shell) {
		super.configureShell(shell);
		shell.setText(Messages.Label_targetDateTitle);
	}

	@Override
	protected Control createDialogArea(Composite parent) {
		Composite area = (Composite) super.createDialogArea(parent);
		area.setLayout(new GridLayout(2, false));
		Label message = new Label(area, SWT.WRAP);
		message.setText(NLS.bind(Messages.Label_targetDateMessage, new Object[] { noCount, items, fiscalYear }));
		GridData messageData = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
		messageData.widthHint = 460;
		message.setLayoutData(messageData);
		new Label(area, SWT.NONE).setText(Messages.Label_targetDateField);
		dateField = new Text(area, SWT.BORDER | SWT.SINGLE);
		dateField.setText(proposed.toString());
		dateField.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		problem = new Label(area, SWT.WRAP);
		problem.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		dateField.addModifyListener(e -> validate());
		return area;
	}

	@Override
	protected void createButtonsForButtonBar(Composite parent) {
		createButton(parent, IDialogConstants.OK_ID, Messages.Label_targetDateSet, true);
		createButton(parent, WITHOUT_DATE_ID, Messages.Label_targetDateLater, false);
		createButton(parent, IDialogConstants.CANCEL_ID, Messages.Conflict_cancel, false);
	}

	private Optional<LocalDate> typedDate() {
		try {
			return Optional.of(StrictDates.parse(dateField.getText().strip()));
		} catch (StrictDates.DateFormatException e) {
			return Optional.empty();
		}
	}

	private void validate() {
		boolean valid = typedDate().isPresent();
		problem.setText(valid ? "" : NLS.bind(Messages.Label_targetDateInvalid, dateField.getText())); //$NON-NLS-1$
		problem.getParent().layout(true);
		getButton(IDialogConstants.OK_ID).setEnabled(valid);
	}

	@Override
	protected void buttonPressed(int buttonId) {
		if (buttonId == IDialogConstants.OK_ID) {
			Optional<LocalDate> date = typedDate();
			if (date.isEmpty()) {
				return;
			}
			choice = new WithDate(date.get());
			okPressed();
		} else if (buttonId == WITHOUT_DATE_ID) {
			choice = new WithoutDate();
			setReturnCode(WITHOUT_DATE_ID);
			close();
		} else {
			super.buttonPressed(buttonId);
		}
	}

	/** The date field (tests type into it like a user). */
	Text dateField() {
		return dateField;
	}

	/** A button of the dialog by its id (OK, {@link #WITHOUT_DATE_ID}, CANCEL), for tests that click it. */
	org.eclipse.swt.widgets.Button button(int id) {
		return getButton(id);
	}
}
