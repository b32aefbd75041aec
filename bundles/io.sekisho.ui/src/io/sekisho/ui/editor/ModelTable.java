package io.sekisho.ui.editor;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.common.command.CompoundCommand;
import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.command.AddCommand;
import org.eclipse.emf.edit.command.DeleteCommand;
import org.eclipse.emf.edit.command.SetCommand;
import org.eclipse.emf.edit.domain.EditingDomain;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.ILazyContentProvider;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.jface.viewers.Viewer;
import org.eclipse.jface.viewers.ViewerComparator;
import org.eclipse.jface.viewers.ViewerFilter;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.dnd.Clipboard;
import org.eclipse.swt.dnd.TextTransfer;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.eclipse.swt.widgets.Widget;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;

import io.sekisho.model.ModelIds;
import io.sekisho.ui.internal.Messages;

/**
 * A table of the elements of one containment list of the model (devices, accounts, contacts ...): sorts by a
 * click on a column header, filters by typed text, edits cells in place, adds and removes rows, and takes rows
 * pasted from Excel (tab-separated, in the order of the editable columns). Every change is one command.
 * <p>
 * The table is virtual: it creates and fills the widgets of the rows in view only. Which rows are shown, in which
 * order, is computed by the table itself ({@link ShownRows}), once per sort, filter or model change; so sorting and
 * filtering take the same time at 50 and at 5,000 rows, apart from the sort itself. Filters added to
 * {@link #viewer()} with {@code addFilter} are applied too; a comparator set on it orders the rows while no
 * column is sorted. A cell whose value has a problem (the workbook validation's) shows its icon and, as tool tip,
 * the message; while a cell or field is typed in, the problem of the typed text shows next to it.
 */
public class ModelTable {

	/** How long typing in the filter field must pause before the rows are filtered again. */
	static final int FILTER_DELAY_MS = 60;
	/** How many rows' filter texts are made in one event while the filter field has the focus. */
	private static final int FILTER_TEXT_SLICE = 400;

	private final FacilityEditorContext context;
	private final EObject owner;
	private final EReference list;
	private final List<Column> columns;
	private final FeatureValues values;
	private final ValueProblems problems;
	private final RowViewer viewer;
	private final Text filter;
	private final ShownRows rows;
	private final Runnable applyFilter;
	private final ValueOrder order = new ValueOrder();
	private InPlaceProblem editing;
	private boolean filterTextsPrepared;
	private int sortColumn = -1;
	private int sortDirection = SWT.UP;
	/** What a link from elsewhere narrowed the rows to (null: all rows), shown in {@link #filterBar}. */
	private PageFilter pageFilter;
	private final Composite filterBar;
	private final Label filterLabel;
	/** Rows shown in the past-due colours (see {@link #highlightPastDue(Predicate)}). */
	private Predicate<? super EObject> pastDue = row -> false;

	/**
	 * @param owner the element holding the list (the facility, for example)
	 * @param list a containment reference of {@code owner}: the rows
	 * @param columns the columns, in their order on screen
	 */
	public ModelTable(Composite parent, FormToolkit toolkit, FacilityEditorContext context, EObject owner, EReference list,
			List<Column> columns) {
		this.context = context;
		this.owner = owner;
		this.list = list;
		this.columns = columns;
		this.values = new FeatureValues(context.adapterFactory());
		this.problems = new ValueProblems(values);
		this.rows = new ShownRows(this::rowText);

		Composite area = toolkit.createComposite(parent);
		area.setLayout(new GridLayout(5, false));
		area.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
		toolkit.createLabel(area, Messages.Table_filter);
		filter = toolkit.createText(area, "", SWT.SEARCH | SWT.ICON_CANCEL); //$NON-NLS-1$
		filter.setMessage(Messages.Table_filterHint);
		filter.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button add = toolkit.createButton(area, Messages.Table_add, SWT.PUSH);
		Button remove = toolkit.createButton(area, Messages.Table_remove, SWT.PUSH);
		Button paste = toolkit.createButton(area, Messages.Table_paste, SWT.PUSH);
		paste.setToolTipText(Messages.Table_pasteTooltip);

		filterBar = toolkit.createComposite(area);
		filterBar.setLayout(new GridLayout(2, false));
		GridData barData = new GridData(SWT.FILL, SWT.CENTER, true, false, 5, 1);
		barData.exclude = true;
		filterBar.setLayoutData(barData);
		filterBar.setVisible(false);
		filterLabel = toolkit.createLabel(filterBar, ""); //$NON-NLS-1$
		toolkit.createHyperlink(filterBar, Messages.Table_showAll, SWT.NONE).addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				setFilter(null);
			}
		});

		viewer = new RowViewer(area, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL | SWT.VIRTUAL);
		Table table = viewer.getTable();
		table.setHeaderVisible(true);
		table.setLinesVisible(true);
		GridData tableData = new GridData(SWT.FILL, SWT.FILL, true, true, 5, 1);
		// a bounded preferred height: the table scrolls by itself and what follows it on the page stays in view
		tableData.heightHint = 220;
		table.setLayoutData(tableData);
		toolkit.adapt(table);
		for (int i = 0; i < columns.size(); i++) {
			createColumn(i);
		}
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(new LazyRows());
		viewer.setInput(owner);
		// a page's filter (the dashboard's links): the table's index applies the viewer's filters
		viewer.addFilter(new ViewerFilter() {
			@Override
			public boolean select(Viewer v, Object parent, Object element) {
				return pageFilter == null || !pageFilter.narrows(list.getEReferenceType()) || pageFilter.accepts((EObject) element);
			}
		});
		viewer.addSelectionChangedListener(e -> context.setSelection(e.getSelection()));

		// typing is not slowed down by filtering after every key: the rows follow when the typing pauses
		applyFilter = () -> {
			if (!table.isDisposed() && !filter.getText().equals(rows.filter())) {
				viewer.refresh();
			}
		};
		filter.addModifyListener(e -> {
			table.getDisplay().timerExec(-1, applyFilter);
			table.getDisplay().timerExec(FILTER_DELAY_MS, applyFilter);
		});
		// the texts the filter searches are made while the user moves into the field, in slices between events
		filter.addListener(SWT.FocusIn, e -> prepareFilterTexts(0));
		add.addListener(SWT.Selection, e -> addRow());
		remove.addListener(SWT.Selection, e -> removeSelected());
		paste.addListener(SWT.Selection, e -> pasteFromClipboard());
		table.addListener(SWT.KeyDown, e -> {
			if ((e.stateMask & SWT.MOD1) != 0 && (e.keyCode == 'v' || e.keyCode == 'V')) {
				pasteFromClipboard();
			} else if (e.keyCode == SWT.DEL) {
				removeSelected();
			}
		});

		boolean editable = !context.isReadOnly();
		add.setEnabled(editable);
		remove.setEnabled(editable);
		paste.setEnabled(editable);
		// every change of the model is a command: refreshing after each keeps the table true after undo and redo too
		ModelChanges.refreshAfterCommands(table, context.commandStack(), this::modelChanged);
	}

	/**
	 * Shows the model again after a command: texts and problems are made again; the rows are computed again, except
	 * while a cell is being edited (the name of a row just added) and no row was added or removed: that cell stays
	 * open.
	 */
	private void modelChanged() {
		rows.forgetTexts();
		filterTextsPrepared = false;
		if (filter.isFocusControl()) {
			prepareFilterTexts(0);
		}
		problems.forget();
		boolean listChanged = !modelRows().equals(rows.model());
		if (listChanged || !viewer.isCellEditorActive()) {
			viewer.refresh();
		}
	}

	/** Makes the filter texts of the rows from {@code from} on, a slice at a time, each slice a separate event. */
	private void prepareFilterTexts(int from) {
		if (viewer.getTable().isDisposed()) {
			return;
		}
		List<EObject> all = modelRows();
		int to = Math.min(all.size(), from + FILTER_TEXT_SLICE);
		for (int i = from; i < to; i++) {
			rows.prepare(all.get(i));
		}
		filterTextsPrepared = to >= all.size();
		if (!filterTextsPrepared) {
			viewer.getTable().getDisplay().asyncExec(() -> prepareFilterTexts(to));
		}
	}

	/** @return true when the texts the filter searches were made for every row (after the filter field got the focus) */
	public boolean filterTextsPrepared() {
		return filterTextsPrepared;
	}

	/**
	 * The viewer: virtual, its rows come from the table's own index. Pages may add {@code ViewerFilter}s and
	 * selection listeners, set a row's selection and refresh it; they must not set another content provider.
	 */
	public TableViewer viewer() {
		return viewer;
	}

	/**
	 * Shows only the rows {@code filter} accepts (null: every row again), with the filter's label and a link
	 * 「すべて表示」 above the table; the typed filter still applies on top. A filter of another kind of element
	 * than this table's rows is ignored. See {@link FacilityPage#applyFilter(PageFilter)}.
	 */
	public void setFilter(PageFilter filter) {
		pageFilter = filter;
		boolean shown = filter != null && filter.narrows(list.getEReferenceType());
		filterLabel.setText(shown ? NLS.bind(Messages.Table_filteredBy, filter.label()) : ""); //$NON-NLS-1$
		((GridData) filterBar.getLayoutData()).exclude = !shown;
		filterBar.setVisible(shown);
		filterBar.getParent().layout(true, true);
		viewer.refresh();
	}

	/** @return the filter {@link #setFilter(PageFilter)} set, or null */
	public PageFilter filter() {
		return pageFilter;
	}

	/**
	 * Shows the rows {@code rows} accepts in the past-due colours (dark red on light red, as the overview shows
	 * them): findings open after their due date, firmware updates planned for a day gone by. Asked again at every
	 * refresh, so a row follows its dates.
	 */
	public void highlightPastDue(Predicate<? super EObject> rows) {
		pastDue = rows == null ? row -> false : rows;
		viewer.refresh();
	}

	/** @return true when {@code row} is shown in the past-due colours */
	public boolean isHighlighted(EObject row) {
		return pastDue.test(row);
	}

	/** @return the filter field above the table */
	public Text filterField() {
		return filter;
	}

	/** @return the filter text the rows shown were computed with (the field's text once typing paused) */
	public String appliedFilter() {
		return rows.filter();
	}

	/** @return the rows shown, in their order on screen (filtered and sorted) */
	public List<EObject> shownRows() {
		return rows.all();
	}

	/** @return the problem shown next to the cell being edited, or null when there is none */
	public String editorProblem() {
		return editing == null ? null : editing.message();
	}

	@SuppressWarnings("unchecked")
	private List<EObject> modelRows() {
		return (List<EObject>) owner.eGet(list);
	}

	private void createColumn(int index) {
		Column column = columns.get(index);
		TableViewerColumn viewerColumn = new TableViewerColumn(viewer, SWT.LEFT);
		viewerColumn.getColumn().setText(column.header());
		viewerColumn.getColumn().setWidth(column.width());
		viewerColumn.getColumn().setMoveable(true);
		viewerColumn.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return cellText((EObject) element, column);
			}

			@Override
			public Image getImage(Object element) {
				ValueProblems.Problem problem = storedProblem(element, column);
				return problem == null ? null : problem.image();
			}

			@Override
			public String getToolTipText(Object element) {
				ValueProblems.Problem problem = storedProblem(element, column);
				return problem == null ? null : problem.message();
			}

			@Override
			public org.eclipse.swt.graphics.Color getForeground(Object element) {
				return pastDue.test((EObject) element) ? PastDueColours.foreground() : null;
			}

			@Override
			public org.eclipse.swt.graphics.Color getBackground(Object element) {
				return pastDue.test((EObject) element) ? PastDueColours.background() : null;
			}
		});
		if (column.editable()) {
			viewerColumn.setEditingSupport(new CellEditing(column));
		}
		viewerColumn.getColumn().addListener(SWT.Selection, e -> sortBy(index));
	}

	private ValueProblems.Problem storedProblem(Object element, Column column) {
		return column.feature() == null ? null : problems.stored((EObject) element, column.feature());
	}

	/** @return the text of {@code column} in {@code row}, as the table shows it */
	public String cellText(EObject row, Column column) {
		return column.feature() != null ? values.text(row, column.feature()) : column.derived().apply(row);
	}

	private String rowText(EObject row) {
		StringBuilder text = new StringBuilder();
		for (Column column : columns) {
			text.append(cellText(row, column)).append(ShownRows.joiner());
		}
		return text.toString();
	}

	private void sortBy(int index) {
		sortDirection = sortColumn == index && sortDirection == SWT.UP ? SWT.DOWN : SWT.UP;
		sortColumn = index;
		viewer.getTable().setSortColumn(viewer.getTable().getColumn(index));
		viewer.getTable().setSortDirection(sortDirection);
		viewer.refresh();
	}

	/** Computes the rows shown: the model's list, the typed filter and the viewer's filters, the sort. */
	private void computeRows() {
		ViewerFilter[] extra = viewer.getFilters();
		java.util.function.Predicate<EObject> accept = extra.length == 0 ? null
				: row -> Arrays.stream(extra).allMatch(f -> f.select(viewer, owner, row));
		java.util.function.Function<EObject, ?> key = null;
		Comparator<Object> keyOrder = null;
		if (sortColumn >= 0) {
			Column column = columns.get(sortColumn);
			// each row's value is read and prepared once (addresses parsed, text split), not in every comparison
			key = row -> {
				Object value = sortValue(row, column);
				return ValueOrder.isEmpty(value) ? null : order.key(value);
			};
			Comparator<Object> byKey = (a, b) -> ((ValueOrder.Key) a).compareTo((ValueOrder.Key) b);
			keyOrder = sortDirection == SWT.UP ? byKey : byKey.reversed();
		} else if (viewer.getComparator() != null) {
			ViewerComparator comparator = viewer.getComparator();
			key = row -> row;
			keyOrder = (a, b) -> comparator.compare(viewer, a, b);
		}
		rows.compute(modelRows(), filter.getText(), accept, key, keyOrder);
	}

	/**
	 * Adds an empty row (one command), selects and reveals it and opens its first editable cell, also with a sort
	 * or a filter active (the filter is cleared: it would hide the empty row).
	 */
	public void addRow() {
		if (context.isReadOnly()) {
			return;
		}
		EClass type = list.getEReferenceType();
		EObject row = EcoreUtil.create(type);
		ModelIds.ensureIds(row);
		execute(AddCommand.create(context.editingDomain(), owner, list, row));
		if (!modelRows().contains(row)) {
			return;
		}
		if (!filter.getText().isEmpty()) {
			filter.setText(""); //$NON-NLS-1$
		}
		// now, not after the refresh that follows every command: the row must be in the table to select it
		viewer.refresh();
		viewer.setSelection(new StructuredSelection(row), true);
		viewer.getTable().showSelection();
		columns.stream().filter(Column::editable).findFirst().ifPresent(c -> viewer.editElement(row, columns.indexOf(c)));
	}

	/** Removes the selected rows (one command). */
	public void removeSelected() {
		IStructuredSelection selection = viewer.getStructuredSelection();
		if (!selection.isEmpty()) {
			execute(DeleteCommand.create(context.editingDomain(), selection.toList()));
		}
	}

	private void pasteFromClipboard() {
		Clipboard clipboard = new Clipboard(viewer.getTable().getDisplay());
		try {
			Object text = clipboard.getContents(TextTransfer.getInstance());
			if (text instanceof String tsv && !tsv.isBlank()) {
				pasteRows(tsv);
			}
		} finally {
			clipboard.dispose();
		}
	}

	/**
	 * Adds one row per line of tab-separated text, cells in the order of the editable columns. All or nothing: a
	 * cell that cannot be read cancels the paste and is reported with its line and column.
	 *
	 * @return the number of rows added
	 */
	public int pasteRows(String tsv) {
		List<Column> editable = columns.stream().filter(Column::editable).toList();
		EditingDomain domain = context.editingDomain();
		CompoundCommand compound = new CompoundCommand(Messages.Table_pasteCommand);
		List<String> failures = new ArrayList<>();
		String[] lines = tsv.replace("\r\n", "\n").replace('\r', '\n').split("\n"); //$NON-NLS-1$ //$NON-NLS-2$
		int added = 0;
		for (int lineNo = 0; lineNo < lines.length; lineNo++) {
			if (lines[lineNo].isBlank()) {
				continue;
			}
			String[] cells = lines[lineNo].split("\t", -1); //$NON-NLS-1$
			EObject row = EcoreUtil.create(list.getEReferenceType());
			ModelIds.ensureIds(row);
			for (int c = 0; c < cells.length && c < editable.size(); c++) {
				Column column = editable.get(c);
				try {
					Object value = values.parse(owner, column.feature(), cells[c], column.header());
					if (value != null) {
						row.eSet(column.feature(), value);
					}
				} catch (IllegalArgumentException e) {
					failures.add(NLS.bind(Messages.Table_pasteProblem, Integer.valueOf(lineNo + 1), e.getMessage()));
				}
			}
			compound.append(AddCommand.create(domain, owner, list, row));
			added++;
		}
		if (!failures.isEmpty()) {
			MessageDialog.openError(viewer.getTable().getShell(), Messages.Table_pasteFailedTitle,
					String.join("\n", failures.subList(0, Math.min(20, failures.size())))); //$NON-NLS-1$
			return 0;
		}
		if (added > 0) {
			execute(compound);
		}
		return added;
	}

	private void execute(Command command) {
		context.execute(command);
	}

	/** A virtual table viewer whose rows, and their positions, come from {@link ShownRows}. */
	private final class RowViewer extends TableViewer {

		RowViewer(Composite parent, int style) {
			super(parent, style);
		}

		@Override
		protected void internalRefresh(Object element, boolean updateLabels) {
			if (element == null || element == getRoot()) {
				computeRows();
				setItemCount(rows.size()); // then the rows in view are asked for again (LazyRows)
			}
			super.internalRefresh(element, updateLabels);
		}

		/** Finds a row's item by its position, filling the item when it was not yet (never a scan of all items). */
		@Override
		protected Widget doFindItem(Object element) {
			int position = rows.positionOf(element);
			Table table = getTable();
			if (position < 0 || position >= table.getItemCount()) {
				return null;
			}
			TableItem item = table.getItem(position);
			if (item.getData() != element) {
				replace(element, position);
			}
			return item.getData() == element ? item : null;
		}

		@Override
		public Object getElementAt(int index) {
			return index >= 0 && index < rows.size() ? rows.get(index) : null;
		}
	}

	/** Gives the virtual table the row at a position when it comes into view. */
	private final class LazyRows implements ILazyContentProvider {
		@Override
		public void updateElement(int index) {
			if (index < rows.size()) {
				viewer.replace(rows.get(index), index);
			}
		}

		@Override
		public void inputChanged(Viewer v, Object oldInput, Object newInput) {
			// the rows are computed on refresh
		}
	}

	private final class CellEditing extends EditingSupport {
		private final Column column;
		private List<Object> choices = List.of();
		private TextCellEditor text;
		private InPlaceProblem textProblem;
		private EObject editedRow;

		CellEditing(Column column) {
			super(viewer);
			this.column = column;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			EStructuralFeature feature = column.feature();
			Composite table = viewer.getTable();
			editedRow = (EObject) element;
			editing = null;
			if (values.isBoolean(feature)) {
				return new CheckboxCellEditor(table);
			}
			if (values.hasChoices(feature) && !feature.isMany()) {
				choices = new ArrayList<>(values.choices((EObject) element, feature));
				if (!(feature instanceof org.eclipse.emf.ecore.EAttribute)) {
					choices.add(0, null);
				}
				String[] labels = choices.stream().map(v -> values.valueText((EObject) element, feature, v)).toArray(String[]::new);
				return new ComboBoxCellEditor(table, labels, SWT.READ_ONLY);
			}
			if (text == null) {
				// one text editor per column, kept: a new one per click would leave a hidden Text behind each time
				text = new TextCellEditor(table);
				Text control = (Text) text.getControl();
				textProblem = new InPlaceProblem(control);
				control.addListener(SWT.Modify, e -> showProblemOf(control.getText()));
				control.addListener(SWT.Hide, e -> textProblem.clear());
			}
			textProblem.clear();
			editing = textProblem;
			return text;
		}

		/** The problem of the text as typed so far: it cannot be read, or the workbook validation finds one. */
		private void showProblemOf(String typed) {
			if (editedRow != null && viewer.isCellEditorActive()) {
				textProblem.show(problems.typed(editedRow, column.feature(), typed, column.header()));
			}
		}

		@Override
		protected boolean canEdit(Object element) {
			return !context.isReadOnly();
		}

		@Override
		protected Object getValue(Object element) {
			EObject row = (EObject) element;
			EStructuralFeature feature = column.feature();
			if (values.isBoolean(feature)) {
				return row.eGet(feature);
			}
			if (values.hasChoices(feature) && !feature.isMany()) {
				return Integer.valueOf(Math.max(0, choices.indexOf(row.eGet(feature))));
			}
			return values.text(row, feature);
		}

		@Override
		protected void setValue(Object element, Object value) {
			EObject row = (EObject) element;
			EStructuralFeature feature = column.feature();
			Object newValue;
			if (values.isBoolean(feature)) {
				newValue = value;
			} else if (values.hasChoices(feature) && !feature.isMany()) {
				int index = ((Integer) value).intValue();
				if (index < 0 || index >= choices.size()) {
					return;
				}
				newValue = choices.get(index);
			} else {
				try {
					newValue = values.parse(row, feature, (String) value, column.header());
				} catch (IllegalArgumentException e) {
					MessageDialog.openError(viewer.getTable().getShell(), Messages.Table_invalidValueTitle, e.getMessage());
					return;
				}
			}
			Object oldValue = row.eGet(feature);
			if (oldValue == null ? newValue != null : !oldValue.equals(newValue)) {
				execute(SetCommand.create(context.editingDomain(), row, feature, newValue));
			}
		}
	}

	/** The value a row sorts by in {@code column}: references by their label, everything else by its value. */
	private Object sortValue(EObject row, Column column) {
		if (column.sortKey() != null) {
			return column.sortKey().apply(row);
		}
		if (column.feature() == null || column.feature() instanceof EReference) {
			return cellText(row, column);
		}
		return row.eGet(column.feature());
	}
}
