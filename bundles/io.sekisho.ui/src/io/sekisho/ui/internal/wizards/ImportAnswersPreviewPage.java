package io.sekisho.ui.internal.wizards;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.wizard.WizardPage;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;

import io.sekisho.ui.internal.Messages;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.answers.AnswerChange;
import io.sekisho.workbook.answers.AnswerConflict;
import io.sekisho.workbook.answers.AnswerField;
import io.sekisho.workbook.answers.AnswerImport;
import io.sekisho.workbook.answers.AnswerProblem;
import io.sekisho.workbook.answers.ImportResult;
import io.sekisho.workbook.answers.KeptAnswer;
import io.sekisho.workbook.read.ControlCharacters;

/**
 * Every change the import would make, every value changed on both sides since the export (a choice per row:
 * take the workbook's value or keep Sekisho's; Finish waits until each has one), the values Sekisho kept because
 * the workbook still shows them as exported, and every problem that blocks the import, with sheet and cell.
 */
final class ImportAnswersPreviewPage extends WizardPage {

	private final Map<AnswerConflict, AnswerConflict.Side> choices = new HashMap<>();
	private TableViewer changes;
	private TableViewer conflicts;
	private Label conflictsLabel;
	private Text problems;
	private ImportResult result;

	ImportAnswersPreviewPage() {
		super("preview"); //$NON-NLS-1$
		setTitle(Messages.Import_previewTitle);
		setDescription(Messages.Import_previewDescription);
	}

	@Override
	public void createControl(Composite parent) {
		Composite body = new Composite(parent, SWT.NONE);
		body.setLayout(new GridLayout(1, false));
		changes = table(body, 3);
		column(changes, Messages.Import_cell, 90, (AnswerChange c) -> c.sheet() + "!" + c.cell()); //$NON-NLS-1$
		column(changes, Messages.Import_item, 220, AnswerChange::itemLabel);
		column(changes, Messages.Import_field, 110, (AnswerChange c) -> fieldLabel(c.field()));
		column(changes, Messages.Import_before, 110, (AnswerChange c) -> shown(c.before()));
		column(changes, Messages.Import_after, 110, (AnswerChange c) -> shown(c.after()));

		conflictsLabel = new Label(body, SWT.WRAP);
		conflictsLabel.setText(Messages.Import_conflicts);
		conflictsLabel.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		conflicts = table(body, 2);
		column(conflicts, Messages.Import_cell, 90, (AnswerConflict c) -> c.sheet() + "!" + c.cell()); //$NON-NLS-1$
		column(conflicts, Messages.Import_item, 160, AnswerConflict::itemLabel);
		column(conflicts, Messages.Import_field, 100, (AnswerConflict c) -> fieldLabel(c.field()));
		column(conflicts, Messages.Import_theirs, 100, (AnswerConflict c) -> shown(c.theirs()));
		column(conflicts, Messages.Import_ours, 100, (AnswerConflict c) -> shown(c.ours()));
		TableViewerColumn choice = column(conflicts, Messages.Import_choice, 170, (AnswerConflict c) -> choiceLabel(c));
		choice.setEditingSupport(new ChoiceEditing());
		Composite buttons = new Composite(body, SWT.NONE);
		buttons.setLayout(new GridLayout(2, false));
		Button allTheirs = new Button(buttons, SWT.PUSH);
		allTheirs.setText(Messages.Import_allTheirs);
		allTheirs.addListener(SWT.Selection, e -> chooseAll(AnswerConflict.Side.THEIRS));
		Button allOurs = new Button(buttons, SWT.PUSH);
		allOurs.setText(Messages.Import_allOurs);
		allOurs.addListener(SWT.Selection, e -> chooseAll(AnswerConflict.Side.OURS));

		problems = new Text(body, SWT.MULTI | SWT.READ_ONLY | SWT.WRAP | SWT.V_SCROLL | SWT.BORDER);
		GridData problemsData = new GridData(SWT.FILL, SWT.FILL, true, false);
		problemsData.heightHint = 90;
		problems.setLayoutData(problemsData);
		setControl(body);
	}

	private static TableViewer table(Composite body, int weight) {
		TableViewer viewer = new TableViewer(body, SWT.BORDER | SWT.FULL_SELECTION | SWT.V_SCROLL);
		viewer.getTable().setHeaderVisible(true);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, true);
		data.heightHint = 40 * weight;
		viewer.getTable().setLayoutData(data);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		return viewer;
	}

	@SuppressWarnings("unchecked")
	private static <T> TableViewerColumn column(TableViewer viewer, String header, int width, Function<T, String> text) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return ControlCharacters.escape(text.apply((T) element));
			}
		});
		return column;
	}

	private static String shown(Object value) {
		String text = AnswerImport.display(value, WorkbookLanguage.forLocale(Locale.getDefault()));
		return text.isEmpty() ? Messages.Import_empty : text;
	}

	private String choiceLabel(AnswerConflict conflict) {
		AnswerConflict.Side side = choices.get(conflict);
		if (side == null) {
			return Messages.Import_choose;
		}
		return side == AnswerConflict.Side.THEIRS ? Messages.Import_takeTheirs : Messages.Import_keepOurs;
	}

	/** The choice column: a drop-down of the two sides. */
	private final class ChoiceEditing extends EditingSupport {
		private final ComboBoxCellEditor editor;

		ChoiceEditing() {
			super(conflicts);
			editor = new ComboBoxCellEditor(conflicts.getTable(), new String[] { Messages.Import_takeTheirs, Messages.Import_keepOurs },
					SWT.READ_ONLY);
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			return editor;
		}

		@Override
		protected boolean canEdit(Object element) {
			return true;
		}

		@Override
		protected Object getValue(Object element) {
			return choices.get(element) == AnswerConflict.Side.OURS ? 1 : 0;
		}

		@Override
		protected void setValue(Object element, Object value) {
			if (value instanceof Integer index && index >= 0) {
				choose((AnswerConflict) element, index == 0 ? AnswerConflict.Side.THEIRS : AnswerConflict.Side.OURS);
			}
		}
	}

	/** Chooses the side of one conflict (also used by tests). */
	void choose(AnswerConflict conflict, AnswerConflict.Side side) {
		choices.put(conflict, side);
		conflicts.update(conflict, null);
		updateMessage();
	}

	void chooseAll(AnswerConflict.Side side) {
		if (result != null) {
			result.conflicts().forEach(c -> choices.put(c, side));
			conflicts.refresh();
			updateMessage();
		}
	}

	/** @return the read result with the choices made so far; conflicts without a choice stay open */
	ImportResult resolved() {
		return result == null ? null : result.resolve(choices::get);
	}

	/** @return whether Finish may apply: no problem, every conflict chosen, something to change */
	boolean ready() {
		ImportResult resolved = resolved();
		return resolved != null && resolved.acceptable() && resolved.conflicts().isEmpty() && !resolved.changes().isEmpty();
	}

	List<AnswerConflict> conflictRows() {
		return result == null ? List.of() : result.conflicts();
	}

	void show(ImportResult read) {
		this.result = read;
		choices.clear();
		changes.setInput(read.changes());
		conflicts.setInput(read.conflicts());
		conflictsLabel.setText(read.conflicts().isEmpty() ? Messages.Import_noConflicts
				: NLS.bind(Messages.Import_conflictsCount, read.conflicts().size()));
		StringBuilder text = new StringBuilder();
		for (AnswerProblem problem : read.problems()) {
			text.append(ControlCharacters.escape(problem.toString())).append('\n');
		}
		for (AnswerProblem warning : read.warnings()) {
			text.append(ControlCharacters.escape(warning.toString())).append('\n');
		}
		for (KeptAnswer kept : read.kept()) {
			text.append(NLS.bind(Messages.Import_kept, new Object[] { kept.sheet() + "!" + kept.cell(), kept.itemLabel(), //$NON-NLS-1$
					fieldLabel(kept.field()), shown(kept.ours()), shown(kept.atExport()) })).append('\n');
		}
		problems.setText(text.toString().strip());
		updateMessage();
	}

	private void updateMessage() {
		ImportResult resolved = resolved();
		if (!resolved.acceptable()) {
			setErrorMessage(NLS.bind(Messages.Import_blocked, resolved.problems().size()));
		} else if (!resolved.conflicts().isEmpty()) {
			setErrorMessage(null);
			setMessage(NLS.bind(Messages.Import_chooseConflicts, resolved.conflicts().size()));
		} else if (resolved.changes().isEmpty()) {
			setErrorMessage(null);
			setMessage(result.kept().isEmpty() ? Messages.Import_nothing : NLS.bind(Messages.Import_nothingKept, result.kept().size()));
		} else {
			setErrorMessage(null);
			setMessage(NLS.bind(Messages.Import_ready, resolved.changes().size()));
		}
		if (getContainer() != null && getContainer().getCurrentPage() == this) {
			getContainer().updateButtons();
		}
	}

	private static String fieldLabel(AnswerField field) {
		return switch (field) {
			case ROUND1 -> Messages.Checklist_round1;
			case ROUND1_DATE -> Messages.Checklist_round1Date;
			case ROUND2 -> Messages.Checklist_round2;
			case ROUND2_DATE -> Messages.Checklist_round2Date;
			case TARGET_DATE -> Messages.Checklist_targetDate;
			case REMARKS -> Messages.Checklist_remarks;
			case CONFIRMATION_DATE -> Messages.Checklist_confirmationDate;
		};
	}
}
