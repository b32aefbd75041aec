package io.sekisho.ui.internal.wizards;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Text;

import io.sekisho.ui.internal.Messages;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.answers.AnswerChange;
import io.sekisho.workbook.answers.AnswerField;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.AnswerProblem;
import io.sekisho.workbook.answers.ImportResult;

/** Every change the import would make, and every problem that blocks it, with sheet and cell. */
final class ImportAnswersPreviewPage extends WizardPage {

	private TableViewer changes;
	private Text problems;

	ImportAnswersPreviewPage() {
		super("preview"); //$NON-NLS-1$
		setTitle(Messages.Import_previewTitle);
		setDescription(Messages.Import_previewDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		changes = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		changes.getTable().setHeaderVisible(true);
		changes.getTable().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		column(Messages.Import_cell, 90, c -> c.sheet() + "!" + c.cell()); //$NON-NLS-1$
		column(Messages.Import_item, 220, AnswerChange::itemLabel);
		column(Messages.Import_field, 110, c -> fieldLabel(c.field()));
		column(Messages.Import_before, 110, c -> AnswerImport.display(c.before(), WorkbookLanguage.forLocale(java.util.Locale.getDefault())));
		column(Messages.Import_after, 110, c -> AnswerImport.display(c.after(), WorkbookLanguage.forLocale(java.util.Locale.getDefault())));
		changes.setContentProvider(ArrayContentProvider.getInstance());
		problems = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		GridData problemsData = new GridData(SWT.FILL, SWT.FILL, true, false);
		problemsData.heightHint = 90;
		problems.setLayoutData(problemsData);
		setControl(body);
	}

	private void column(String header, int width, java.util.function.Function<AnswerChange, String> text) {
		TableViewerColumn column = new TableViewerColumn(changes, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return text.apply((AnswerChange) element);
			}
		});
	}

	private static String fieldLabel(AnswerField field) {
		return switch (field) {
			case ROUND1 -> Messages.Checklist_round1;
			case ROUND1_DATE -> Messages.Checklist_round1Date;
			case ROUND2 -> Messages.Checklist_round2;
			case ROUND2_DATE -> Messages.Checklist_round2Date;
			case TARGET_DATE -> Messages.Checklist_targetDate;
			case REMARKS -> Messages.Checklist_remarks;
		};
	}

	void show(ImportResult result) {
		changes.setInput(result.changes());
		StringBuilder text = new StringBuilder();
		for (AnswerProblem problem : result.problems()) {
			text.append(problem).append('\n');
		}
		for (AnswerProblem warning : result.warnings()) {
			text.append(warning).append('\n');
		}
		problems.setText(text.toString().strip());
		if (!result.acceptable()) {
			setErrorMessage(NLS.bind(Messages.Import_blocked, result.problems().size()));
		} else if (result.changes().isEmpty()) {
			setErrorMessage(null);
			setMessage(Messages.Import_nothing);
		} else {
			setErrorMessage(null);
			setMessage(NLS.bind(Messages.Import_ready, result.changes().size()));
		}
	}
}
