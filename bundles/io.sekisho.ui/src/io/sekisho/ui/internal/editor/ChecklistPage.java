package io.sekisho.ui.internal.editor;

import static io.sekisho.model.facility.FacilityPackage.Literals.*;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.emf.common.command.Command;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.edit.command.ChangeCommand;
import org.eclipse.jface.dialogs.MessageDialog;
import org.eclipse.jface.viewers.ArrayContentProvider;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.ColumnLabelProvider;
import org.eclipse.jface.viewers.ColumnViewerToolTipSupport;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.EditingSupport;
import org.eclipse.jface.viewers.IStructuredSelection;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.jface.viewers.TableViewer;
import org.eclipse.jface.viewers.TableViewerColumn;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Text;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;

import io.sekisho.checklist.assessment.Assessments;
import io.sekisho.checklist.assessment.FormKinds;
import io.sekisho.checklist.assessment.Responsibilities;
import io.sekisho.checklist.catalog.Certainty;
import io.sekisho.checklist.assessment.Progress;
import io.sekisho.checklist.assessment.SectionProgress;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.checklist.evaluation.EvaluatorRegistry;
import io.sekisho.checklist.evaluation.Reason;
import io.sekisho.checklist.evaluation.Suggestion;
import io.sekisho.checklist.evaluation.Suggestions;
import io.sekisho.core.time.FiscalYear;
import io.sekisho.model.facility.Answer;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Organization;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.editor.ModelChanges;
import io.sekisho.ui.internal.Messages;

/**
 * The MHLW checklist of this facility: one assessment at a time (the facility's form, or one vendor's), answers
 * of rounds 1 and 2 with dates and the target date of an いいえ, and the answers the evidence in the model
 * suggests, with their reasons; one or all suggestions can be accepted (one undoable command).
 */
public final class ChecklistPage extends FacilityPage {

	private final EditionRegistry editions = EditionRegistry.fromPlatform();
	private final List<ChecklistAssessment> assessments = new ArrayList<>();
	private final Map<ChecklistSlot, Suggestion> suggestions = new HashMap<>();
	private Combo assessmentCombo;
	private Combo editionCombo;
	private Combo vendorCombo;
	private TableViewer viewer;
	private io.sekisho.ui.editor.PageFilter itemFilter;
	private Composite filterBar;
	private Label filterLabel;
	private Text reasons;
	private Label progress;
	private ChecklistAssessment current;

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		ScrolledForm form = managedForm.getForm();
		form.setText(Messages.Checklist_heading);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));

		Composite bar = toolkit.createComposite(body);
		bar.setLayout(new GridLayout(5, false));
		bar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		toolkit.createLabel(bar, Messages.Checklist_assessment);
		assessmentCombo = new Combo(bar, SWT.READ_ONLY);
		assessmentCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		Button suggest = toolkit.createButton(bar, Messages.Checklist_suggest, SWT.PUSH);
		Button acceptOne = toolkit.createButton(bar, Messages.Checklist_acceptSelected, SWT.PUSH);
		Button acceptAll = toolkit.createButton(bar, Messages.Checklist_acceptAll, SWT.PUSH);

		Composite newBar = toolkit.createComposite(body);
		newBar.setLayout(new GridLayout(4, false));
		newBar.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		toolkit.createLabel(newBar, Messages.Checklist_newFor);
		editionCombo = new Combo(newBar, SWT.READ_ONLY);
		editionCombo.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
		for (Edition edition : editions.all()) {
			editionCombo.add(Editions.title(edition));
		}
		editionCombo.select(Math.max(0, editions.all().size() - 1));
		vendorCombo = new Combo(newBar, SWT.READ_ONLY);
		Button create = toolkit.createButton(newBar, Messages.Checklist_create, SWT.PUSH);
		progress = toolkit.createLabel(body, "", SWT.WRAP); //$NON-NLS-1$
		progress.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		filterBar = toolkit.createComposite(body);
		filterBar.setLayout(new GridLayout(2, false));
		GridData filterData = new GridData(SWT.FILL, SWT.TOP, true, false);
		filterData.exclude = true;
		filterBar.setLayoutData(filterData);
		filterBar.setVisible(false);
		filterLabel = toolkit.createLabel(filterBar, ""); //$NON-NLS-1$
		toolkit.createHyperlink(filterBar, Messages.Table_showAll, SWT.NONE).addHyperlinkListener(new org.eclipse.ui.forms.events.HyperlinkAdapter() {
			@Override
			public void linkActivated(org.eclipse.ui.forms.events.HyperlinkEvent e) {
				applyFilter(null);
			}
		});

		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
		sashData.heightHint = 380; // bounded, so the reasons below the table stay in view
		sash.setLayoutData(sashData);
		toolkit.adapt(sash);
		createTable(sash, toolkit);
		reasons = toolkit.createText(sash, "", SWT.MULTI | SWT.WRAP | SWT.READ_ONLY | SWT.V_SCROLL); //$NON-NLS-1$
		sash.setWeights(4, 1);

		assessmentCombo.addListener(SWT.Selection, e -> select(assessmentCombo.getSelectionIndex()));
		suggest.addListener(SWT.Selection, e -> suggest());
		acceptOne.addListener(SWT.Selection, e -> accept(selectedSuggestions()));
		acceptAll.addListener(SWT.Selection, e -> accept(new ArrayList<>(suggestions.values())));
		create.addListener(SWT.Selection, e -> createAssessment());

		ModelChanges.refreshAfterCommands(body, context().commandStack(), this::refresh);
		refresh();
		// the facility's own form first; vendor forms follow in the combo
		assessments.stream().filter(a -> a.getForm() != io.sekisho.model.facility.ChecklistForm.VENDOR).findFirst()
				.or(() -> assessments.stream().findFirst()).ifPresent(a -> select(assessments.indexOf(a)));
	}

	private void createTable(Composite parent, FormToolkit toolkit) {
		viewer = new TableViewer(parent, SWT.MULTI | SWT.FULL_SELECTION | SWT.BORDER | SWT.V_SCROLL | SWT.H_SCROLL);
		// the section number in front of the item number: R7 numbers items per section (①, ② ...)
		viewer.getTable().setHeaderVisible(true);
		viewer.getTable().setLinesVisible(true);
		toolkit.adapt(viewer.getTable());
		numberColumn();
		column(Messages.Checklist_item, 320, s -> Editions.text(s.item()), null);
		column(Messages.Checklist_column, 100, s -> ChecklistLabels.column(s.columnId()), null);
		column(Messages.Checklist_suggestion, 110, this::suggestionText, null);
		column(Messages.Checklist_round1, 80, s -> ChecklistLabels.answer(answerValue(s, CHECKLIST_ANSWER__ROUND1)), CHECKLIST_ANSWER__ROUND1);
		column(Messages.Checklist_round1Date, 95, s -> dateText(s, CHECKLIST_ANSWER__ROUND1_DATE), CHECKLIST_ANSWER__ROUND1_DATE);
		column(Messages.Checklist_round2, 80, s -> ChecklistLabels.answer(answerValue(s, CHECKLIST_ANSWER__ROUND2)), CHECKLIST_ANSWER__ROUND2);
		column(Messages.Checklist_round2Date, 95, s -> dateText(s, CHECKLIST_ANSWER__ROUND2_DATE), CHECKLIST_ANSWER__ROUND2_DATE);
		column(Messages.Checklist_targetDate, 95, this::targetDateText, CHECKLIST_ANSWER__TARGET_DATE);
		column(Messages.Checklist_remarks, 200, s -> answer(s).map(ChecklistAnswer::getRemarks).orElse(""), CHECKLIST_ANSWER__REMARKS); //$NON-NLS-1$
		column(Messages.Checklist_responsibility, 200, this::responsibilityText, null);
		ColumnViewerToolTipSupport.enableFor(viewer);
		viewer.setContentProvider(ArrayContentProvider.getInstance());
		viewer.addSelectionChangedListener(e -> showReasons());
		// a link from elsewhere (the overview's bar of one section) narrows the items
		viewer.addFilter(new org.eclipse.jface.viewers.ViewerFilter() {
			@Override
			public boolean select(org.eclipse.jface.viewers.Viewer v, Object parent, Object element) {
				return itemFilter == null || itemFilter.accepts(((ChecklistSlot) element).item());
			}
		});
	}

	/** Narrows the rows to the items {@code filter} accepts (the overview links a section's bar here); null shows all. */
	@Override
	public boolean applyFilter(io.sekisho.ui.editor.PageFilter filter) {
		if (filter != null && !filter.narrows(io.sekisho.checklist.catalog.CatalogPackage.Literals.ITEM)) {
			return false;
		}
		itemFilter = filter;
		if (viewer != null && !viewer.getTable().isDisposed()) {
			filterLabel.setText(filter == null ? "" : NLS.bind(Messages.Table_filteredBy, filter.label())); //$NON-NLS-1$
			((GridData) filterBar.getLayoutData()).exclude = filter == null;
			filterBar.setVisible(filter != null);
			filterBar.getParent().layout(true, true);
			viewer.refresh();
		}
		return true;
	}

	private void column(String header, int width, java.util.function.Function<ChecklistSlot, String> text, EStructuralFeature feature) {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(header);
		column.getColumn().setWidth(width);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				String value = text.apply((ChecklistSlot) element);
				return value == null ? "" : value; //$NON-NLS-1$
			}
		});
		if (feature != null) {
			column.setEditingSupport(new AnswerEditing(feature));
		}
	}

	/**
	 * The item number, in grey with an explaining tool tip when the number, text or device columns are not firm yet:
	 * certainty is ours and never part of the item text.
	 */
	private void numberColumn() {
		TableViewerColumn column = new TableViewerColumn(viewer, SWT.LEFT);
		column.getColumn().setText(Messages.Checklist_number);
		column.getColumn().setWidth(70);
		column.setLabelProvider(new ColumnLabelProvider() {
			@Override
			public String getText(Object element) {
				return Editions.label(((ChecklistSlot) element).item());
			}

			@Override
			public org.eclipse.swt.graphics.Color getForeground(Object element) {
				return certainty(((ChecklistSlot) element).item()) == Certainty.FIRM ? null
						: viewer.getTable().getDisplay().getSystemColor(SWT.COLOR_DARK_GRAY);
			}

			@Override
			public String getToolTipText(Object element) {
				return switch (certainty(((ChecklistSlot) element).item())) {
				case FIRM -> null;
				case LIKELY -> Messages.Checklist_certaintyLikely;
				case OPEN -> Messages.Checklist_certaintyOpen;
				};
			}
		});
	}

	/** @return the weakest certainty of the item's number, text and device columns */
	private static Certainty certainty(Item item) {
		Certainty weakest = Certainty.FIRM;
		for (Certainty c : new Certainty[] { item.getNumberStatus(), item.getTextStatus(), item.getColumnsStatus() }) {
			if (c != null && c.getValue() > weakest.getValue()) {
				weakest = c;
			}
		}
		return weakest;
	}

	private String responsibilityText(ChecklistSlot slot) {
		if (current == null || current.getForm() == io.sekisho.model.facility.ChecklistForm.VENDOR) {
			return ""; //$NON-NLS-1$
		}
		return Responsibilities.facilityCarries(context().facility(), current.getEditionId(), slot.item().getId());
	}

	private Optional<ChecklistAnswer> answer(ChecklistSlot slot) {
		return current == null ? Optional.empty() : Assessments.answer(current, slot.item().getId(), slot.columnId());
	}

	private Answer answerValue(ChecklistSlot slot, EStructuralFeature feature) {
		return answer(slot).map(a -> (Answer) a.eGet(feature)).orElse(Answer.UNANSWERED);
	}

	private String dateText(ChecklistSlot slot, EStructuralFeature feature) {
		return answer(slot).map(a -> (LocalDate) a.eGet(feature)).map(LocalDate::toString).orElse(""); //$NON-NLS-1$
	}

	/** The target date; an いいえ without one is marked, so it is seen before the save reports it. */
	private String targetDateText(ChecklistSlot slot) {
		String date = dateText(slot, CHECKLIST_ANSWER__TARGET_DATE);
		boolean needsOne = date.isEmpty() && answer(slot).map(io.sekisho.checklist.assessment.Answers::latest).orElse(Answer.UNANSWERED) == Answer.NO;
		return needsOne ? Messages.Label_targetDateNeeded : date;
	}

	private String suggestionText(ChecklistSlot slot) {
		Suggestion suggestion = suggestions.get(slot);
		if (suggestion == null) {
			return ""; //$NON-NLS-1$
		}
		String text = ChecklistLabels.answer(suggestion.answer());
		return suggestion.contradictsRecordedYes() ? NLS.bind(Messages.Checklist_contradicts, text) : text;
	}

	private Optional<Edition> edition(ChecklistAssessment assessment) {
		return assessment == null ? Optional.empty() : editions.find(assessment.getEditionId());
	}

	private List<ChecklistSlot> slots() {
		List<ChecklistSlot> slots = new ArrayList<>();
		Optional<Edition> edition = edition(current);
		if (edition.isPresent()) {
			for (Item item : Editions.items(edition.get(), FormKinds.toCatalog(current.getForm()))) {
				for (String columnId : Editions.columnIds(item)) {
					slots.add(new ChecklistSlot(item, columnId));
				}
			}
		}
		return slots;
	}

	private void refresh() {
		if (viewer == null || viewer.getTable().isDisposed()) {
			return;
		}
		FacilityWorkbook workbook = context().facility();
		assessments.clear();
		assessments.addAll(workbook.getChecklistAssessments());
		assessmentCombo.setItems(assessments.stream().map(this::assessmentLabel).toArray(String[]::new));
		if (current != null && assessments.contains(current)) {
			assessmentCombo.select(assessments.indexOf(current));
		} else {
			current = null;
		}
		vendorCombo.removeAll();
		vendorCombo.add(Messages.Checklist_facilityForm);
		for (Organization organization : workbook.getOrganizations()) {
			vendorCombo.add(NLS.bind(Messages.Checklist_vendorForm, organization.getName()));
		}
		vendorCombo.select(0);
		viewer.setInput(slots());
		updateProgress();
	}

	private String assessmentLabel(ChecklistAssessment assessment) {
		String edition = edition(assessment).map(Editions::title).orElse(assessment.getEditionId());
		String respondent = assessment.getRespondent() != null ? assessment.getRespondent().getName() : ""; //$NON-NLS-1$
		return edition + " / " + ChecklistLabels.form(assessment.getForm()) + (respondent.isEmpty() ? "" : " / " + respondent); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private void updateProgress() {
		Optional<Edition> edition = edition(current);
		if (edition.isEmpty()) {
			progress.setText(current == null ? Messages.Checklist_noAssessment
					: NLS.bind(Messages.Checklist_unknownEdition, current.getEditionId()));
			return;
		}
		SectionProgress total = Progress.of(current, edition.get()).total();
		progress.setText(NLS.bind(Messages.Checklist_progress, new Object[] { total.answered(), total.slots(), total.no(), total.noWithoutTarget() }));
		progress.getParent().layout(true);
	}

	private void select(int index) {
		current = index >= 0 && index < assessments.size() ? assessments.get(index) : null;
		suggestions.clear();
		assessmentCombo.select(index);
		viewer.setInput(slots());
		updateProgress();
		context().setSelection(current == null ? StructuredSelection.EMPTY : new StructuredSelection(current));
	}

	void suggest() {
		Optional<Edition> edition = edition(current);
		if (edition.isEmpty()) {
			return;
		}
		suggestions.clear();
		for (Suggestion suggestion : new Suggestions(EvaluatorRegistry.fromPlatform(), LocalDate.now()).propose(context().facility(), current, edition.get())) {
			suggestions.put(new ChecklistSlot(suggestion.item(), suggestion.columnId()), suggestion);
		}
		viewer.refresh();
		showReasons();
	}

	TableViewer viewer() {
		return viewer;
	}

	ChecklistAssessment current() {
		return current;
	}

	void selectFirstSuggestion() {
		slots().stream().filter(suggestions::containsKey).findFirst()
				.ifPresent(slot -> viewer.setSelection(new StructuredSelection(slot), true));
		showReasons();
	}

	List<Suggestion> suggestionsShown() {
		return List.copyOf(suggestions.values());
	}

	private List<Suggestion> selectedSuggestions() {
		List<Suggestion> selected = new ArrayList<>();
		for (Object slot : ((IStructuredSelection) viewer.getSelection()).toList()) {
			Suggestion suggestion = suggestions.get(slot);
			if (suggestion != null) {
				selected.add(suggestion);
			}
		}
		return selected;
	}

	/**
	 * Writes the open suggestions as first-round answers dated today; answers already given stay untouched. When a
	 * suggestion writes いいえ, the user is asked for its target date first (the fiscal year's last day proposed): set
	 * it, accept without one (the answer stays marked as needing one), or cancel.
	 */
	void accept(List<Suggestion> accepted) {
		if (current == null || accepted.stream().noneMatch(Suggestion::open)) {
			return;
		}
		ChecklistAssessment assessment = current;
		List<Suggestion> noAnswers = accepted.stream().filter(s -> s.open() && s.answer() == Answer.NO).toList();
		LocalDate target = null;
		if (!noAnswers.isEmpty()) {
			Optional<TargetDateDialog.Choice> choice = askTargetDate(assessment, noAnswers);
			if (choice.isEmpty()) {
				return;
			}
			target = choice.get() instanceof TargetDateDialog.WithDate withDate ? withDate.date() : null;
		}
		LocalDate targetDate = target;
		Suggestions writer = new Suggestions(EvaluatorRegistry.fromPlatform(), LocalDate.now());
		Command command = new ChangeCommand(assessment) {
			@Override
			protected void doExecute() {
				writer.apply(assessment, accepted);
				if (targetDate != null) {
					for (Suggestion no : noAnswers) {
						Assessments.answer(assessment, no.item().getId(), no.columnId())
								.filter(a -> a.getTargetDate() == null).ifPresent(a -> a.setTargetDate(targetDate));
					}
				}
			}
		};
		command = labelled(command, Messages.Checklist_acceptCommand);
		context().execute(command);
	}

	private Optional<TargetDateDialog.Choice> askTargetDate(ChecklistAssessment assessment, List<Suggestion> noAnswers) {
		FiscalYear year = assessment.getFiscalYear() > 0 ? new FiscalYear(assessment.getFiscalYear()) : FiscalYear.of(LocalDate.now());
		String items = noAnswers.stream().map(s -> Editions.label(s.item()) + columnSuffix(s.columnId())).distinct()
				.collect(java.util.stream.Collectors.joining("、")); //$NON-NLS-1$
		return new TargetDateDialog(viewer.getTable().getShell(), noAnswers.size(), items, year.lastDay(), year.label()).ask();
	}

	private static String columnSuffix(String columnId) {
		String column = ChecklistLabels.column(columnId);
		return column.isEmpty() || "general".equals(columnId) ? "" : "\uFF08" + column + "\uFF09"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	private static Command labelled(Command command, String label) {
		if (command instanceof ChangeCommand change) {
			change.setLabel(label);
		}
		return command;
	}

	private void createAssessment() {
		int editionIndex = editionCombo.getSelectionIndex();
		if (editionIndex < 0) {
			return;
		}
		Edition edition = editions.all().get(editionIndex);
		int vendorIndex = vendorCombo.getSelectionIndex();
		FacilityWorkbook workbook = context().facility();
		Optional<ChecklistAssessment> existing = vendorIndex <= 0 ? Assessments.facilityAssessment(workbook, edition.getId())
				: Assessments.vendorAssessment(workbook, edition.getId(), workbook.getOrganizations().get(vendorIndex - 1));
		if (existing.isPresent()) {
			select(assessments.indexOf(existing.get()));
			return;
		}
		Command command = new ChangeCommand(workbook) {
			@Override
			protected void doExecute() {
				if (vendorIndex <= 0) {
					Assessments.addFacilityAssessment(workbook, edition);
				} else {
					Assessments.addVendorAssessment(workbook, edition, workbook.getOrganizations().get(vendorIndex - 1));
				}
			}
		};
		context().execute(labelled(command, Messages.Checklist_createCommand));
		refresh();
		select(assessments.size() - 1);
	}

	private void showReasons() {
		StringBuilder text = new StringBuilder();
		for (Object slot : ((IStructuredSelection) viewer.getSelection()).toList()) {
			Suggestion suggestion = suggestions.get(slot);
			if (suggestion == null) {
				continue;
			}
			ChecklistSlot s = (ChecklistSlot) slot;
			text.append(s.item().getNumber()).append(' ').append(ChecklistLabels.column(s.columnId())).append(": ") //$NON-NLS-1$
					.append(ChecklistLabels.answer(suggestion.answer())).append('\n');
			for (Reason reason : suggestion.reasons()) {
				text.append("  - ").append(reason.text()).append('\n'); //$NON-NLS-1$
			}
		}
		reasons.setText(text.isEmpty() ? Messages.Checklist_reasonsHint : text.toString());
	}

	@Override
	public boolean shows(EObject element) {
		return element instanceof ChecklistAssessment || element instanceof ChecklistAnswer;
	}

	@Override
	public boolean reveal(EObject element) {
		ChecklistAssessment assessment = element instanceof ChecklistAssessment a ? a
				: element instanceof ChecklistAnswer answer ? (ChecklistAssessment) answer.eContainer() : null;
		if (assessment != null && assessments.contains(assessment)) {
			select(assessments.indexOf(assessment));
		}
		if (element instanceof ChecklistAnswer answer) {
			slots().stream().filter(s -> s.item().getId().equals(answer.getItemId())
					&& s.columnId().equals(answer.getDeviceColumn() == null ? "" : answer.getDeviceColumn())) //$NON-NLS-1$
					.findFirst().ifPresent(s -> viewer.setSelection(new StructuredSelection(s), true));
		}
		return assessment != null && assessment == current;
	}

	/** In-place editing of one answer feature; creates the answer of the slot on its first edit (one command). */
	private final class AnswerEditing extends EditingSupport {
		private static final Answer[] FACILITY_CHOICES = { Answer.UNANSWERED, Answer.YES, Answer.NO, Answer.NOT_APPLICABLE };
		private static final Answer[] VENDOR_CHOICES = { Answer.UNANSWERED, Answer.YES, Answer.NO, Answer.OUT_OF_SCOPE, Answer.NOT_APPLICABLE };
		private final EStructuralFeature feature;

		AnswerEditing(EStructuralFeature feature) {
			super(viewer);
			this.feature = feature;
		}

		/** 対象外 only where the form offers it (the FY2026 vendor form) */
		private Answer[] choices() {
			boolean outOfScope = current != null && edition(current).map(e -> Editions.offersOutOfScope(e, FormKinds.toCatalog(current.getForm()))).orElse(false);
			return outOfScope ? VENDOR_CHOICES : FACILITY_CHOICES;
		}

		private boolean isAnswer() {
			return feature == CHECKLIST_ANSWER__ROUND1 || feature == CHECKLIST_ANSWER__ROUND2;
		}

		@Override
		protected CellEditor getCellEditor(Object element) {
			if (isAnswer()) {
				Answer[] choices = choices();
				String[] labels = new String[choices.length];
				for (int i = 0; i < choices.length; i++) {
					labels[i] = choices[i] == Answer.UNANSWERED ? Messages.Checklist_unanswered : ChecklistLabels.answer(choices[i]);
				}
				return new ComboBoxCellEditor(viewer.getTable(), labels, SWT.READ_ONLY);
			}
			return new TextCellEditor(viewer.getTable());
		}

		@Override
		protected boolean canEdit(Object element) {
			return current != null;
		}

		@Override
		protected Object getValue(Object element) {
			ChecklistSlot slot = (ChecklistSlot) element;
			if (isAnswer()) {
				return Integer.valueOf(List.of(choices()).indexOf(answerValue(slot, feature)));
			}
			Object value = answer(slot).map(a -> a.eGet(feature)).orElse(null);
			return value == null ? "" : value.toString(); //$NON-NLS-1$
		}

		@Override
		protected void setValue(Object element, Object value) {
			ChecklistSlot slot = (ChecklistSlot) element;
			Object newValue;
			if (isAnswer()) {
				int index = ((Integer) value).intValue();
				Answer[] choices = choices();
				if (index < 0 || index >= choices.length) {
					return;
				}
				newValue = choices[index];
			} else if (feature == CHECKLIST_ANSWER__REMARKS) {
				newValue = value;
			} else {
				String text = ((String) value).strip();
				try {
					// the one strict parser: 2025-06-30, 2025/6/30, 令和7年6月30日, R7.6.30; 2025/2/30 is refused
					newValue = text.isEmpty() ? null : io.sekisho.core.time.StrictDates.parse(text);
				} catch (io.sekisho.core.time.StrictDates.DateFormatException e) {
					MessageDialog.openError(viewer.getTable().getShell(), Messages.Table_invalidValueTitle, e.getMessage());
					return;
				}
			}
			Object oldValue = answer(slot).map(a -> a.eGet(feature)).orElse(null);
			if (java.util.Objects.equals(oldValue, newValue)) {
				return;
			}
			ChecklistAssessment assessment = current;
			Command command = new ChangeCommand(assessment) {
				@Override
				protected void doExecute() {
					ChecklistAnswer answer = Assessments.answerOrCreate(assessment, slot.item().getId(), slot.columnId());
					answer.eSet(feature, newValue);
					if (isAnswer() && newValue != Answer.UNANSWERED) {
						EStructuralFeature date = feature == CHECKLIST_ANSWER__ROUND1 ? CHECKLIST_ANSWER__ROUND1_DATE : CHECKLIST_ANSWER__ROUND2_DATE;
						if (answer.eGet(date) == null) {
							answer.eSet(date, LocalDate.now());
						}
					}
				}
			};
			context().execute(labelled(command, Messages.Checklist_answerCommand));
		}
	}
}
