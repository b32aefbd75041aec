package io.sekisho.ui.internal.dashboard;

import static io.sekisho.model.facility.FacilityPackage.Literals.ACCOUNT;
import static io.sekisho.model.facility.FacilityPackage.Literals.FINDING;
import static io.sekisho.model.facility.FacilityPackage.Literals.FIRMWARE_RECORD;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.function.Supplier;

import org.eclipse.emf.common.util.Enumerator;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.Hyperlink;
import org.eclipse.ui.forms.widgets.Section;

import io.sekisho.checklist.assessment.FormKinds;
import io.sekisho.checklist.assessment.SectionProgress;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.checklist.editions.Editions;
import io.sekisho.core.labels.ChartColours;
import io.sekisho.core.labels.PasswordVerdict;
import io.sekisho.core.time.FiscalYear;
import io.sekisho.core.time.PastDue;
import io.sekisho.model.facility.Account;
import io.sekisho.model.facility.ChecklistAnswer;
import io.sekisho.model.facility.ChecklistAssessment;
import io.sekisho.model.facility.ChecklistForm;
import io.sekisho.model.facility.Device;
import io.sekisho.model.facility.ExternalConnection;
import io.sekisho.model.facility.Finding;
import io.sekisho.model.facility.FirmwareRecord;
import io.sekisho.model.facility.FirmwareStatus;
import io.sekisho.model.facility.Severity;
import io.sekisho.model.facility.Vulnerability;
import io.sekisho.model.facility.provider.SekishoEditPlugin;
import io.sekisho.ui.editor.FacilityEditorContext;
import io.sekisho.ui.editor.PageFilter;
import io.sekisho.ui.editor.PastDueColours;
import io.sekisho.ui.internal.dashboard.DashboardFigures.FormProgress;
import io.sekisho.ui.internal.dashboard.DashboardFigures.SeverityCount;

/**
 * The overview's dashboard: charts and short lists of what needs attention, each linked to the page (and filter)
 * that lists it. Built from {@link DashboardFigures} and built again after every command, so it always shows the
 * model as it is.
 */
public final class Dashboard {

	/** Ids of the pages the dashboard links to (contributions of io.sekisho.ui and of the firmware and map modules). */
	public static final String ACCOUNTS_PAGE = "io.sekisho.ui.page.accounts"; //$NON-NLS-1$
	public static final String CHECKLIST_PAGE = "io.sekisho.ui.page.checklist"; //$NON-NLS-1$
	public static final String FINDINGS_PAGE = "io.sekisho.ui.page.contactsFindings"; //$NON-NLS-1$
	public static final String FIRMWARE_PAGE = "io.sekisho.firmware.ui.page"; //$NON-NLS-1$
	public static final String NETWORK_MAP_PAGE = "io.sekisho.netmap.ui.page"; //$NON-NLS-1$

	/** Parts of the dashboard by name, for tests: checklist-0, checklist-1 ..., passwords, firmware, findings. */
	public static final String PASSWORDS = "passwords"; //$NON-NLS-1$
	public static final String FIRMWARE = "firmware"; //$NON-NLS-1$
	public static final String FINDINGS = "findings"; //$NON-NLS-1$
	public static final String CHECKLIST = "checklist-"; //$NON-NLS-1$

	private static final int LIST_LIMIT = 6;

	private final FacilityEditorContext context;
	private final FormToolkit toolkit;
	private final EditionRegistry editions;
	private final Supplier<LocalDate> today;
	private final Predicate<String> hasPage;
	private final Composite area;
	private final JapaneseFonts fonts;
	private final DateTimeFormatter dates = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Locale.getDefault());
	private final Map<String, BarChart> charts = new LinkedHashMap<>();
	private final Map<EObject, Hyperlink> elementLinks = new LinkedHashMap<>();
	private DashboardFigures figures;

	/**
	 * @param hasPage true for the ids of the pages the editor has (links to missing pages are left out)
	 */
	public Dashboard(Composite parent, FormToolkit toolkit, FacilityEditorContext context, EditionRegistry editions, Supplier<LocalDate> today,
			Predicate<String> hasPage) {
		this.context = context;
		this.toolkit = toolkit;
		this.editions = editions;
		this.today = today;
		this.hasPage = hasPage;
		area = toolkit.createComposite(parent);
		GridLayout layout = new GridLayout(3, true);
		layout.marginWidth = 0;
		layout.horizontalSpacing = 12;
		layout.verticalSpacing = 12;
		area.setLayout(layout);
		fonts = new JapaneseFonts(area);
	}

	public Composite control() {
		return area;
	}

	/** Builds the dashboard again from the model. */
	public void refresh() {
		if (area.isDisposed()) {
			return;
		}
		for (Control child : area.getChildren()) {
			child.dispose();
		}
		charts.clear();
		elementLinks.clear();
		figures = new DashboardFigures(context.facility(), editions, today.get());
		Label summary = toolkit.createLabel(area, NLS.bind(Messages.Dashboard_summary, new Object[] { figures.devices(), figures.accounts(),
				figures.connections(), date(figures.today()) }));
		summary.setFont(fonts.normal());
		GridData summaryData = new GridData(SWT.FILL, SWT.TOP, true, false, 3, 1);
		summaryData.widthHint = 120;
		summary.setLayoutData(summaryData);
		checklist(span(section(area, checklistTitle(), Messages.Dashboard_checklistHint, CHECKLIST_PAGE), 2));
		pastDue(section(area, Messages.Dashboard_pastDue, Messages.Dashboard_pastDueHint, null));
		// passwords and the connections share the first column: both are short
		Composite first = toolkit.createComposite(area);
		GridLayout column = new GridLayout(1, false);
		column.marginWidth = 0;
		column.marginHeight = 0;
		column.verticalSpacing = 12;
		first.setLayout(column);
		first.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		passwords(section(first, Messages.Dashboard_passwords, Messages.Dashboard_passwordsHint, ACCOUNTS_PAGE));
		connections(section(first, Messages.Dashboard_connections, Messages.Dashboard_connectionsHint, NETWORK_MAP_PAGE));
		firmware(section(area, Messages.Dashboard_firmware, Messages.Dashboard_firmwareHint, FIRMWARE_PAGE));
		findings(section(area, Messages.Dashboard_findings, Messages.Dashboard_findingsHint, FINDINGS_PAGE));
		area.layout(true, true);
	}

	/** @return the figures shown now */
	public DashboardFigures figures() {
		return figures;
	}

	/** @return the chart of one part (see {@link #PASSWORDS} ...), or null when the part shows none */
	public BarChart chart(String part) {
		return charts.get(part);
	}

	/** @return the link to one element (a past-due item, a known exploited device, a finding, a connection), or null */
	public Hyperlink link(EObject element) {
		return elementLinks.get(element);
	}

	private String checklistTitle() {
		return NLS.bind(Messages.Dashboard_checklist, figures.edition().map(e -> new FiscalYear(e.getFiscalYear()).label()).orElse("")); //$NON-NLS-1$
	}

	// --- the parts ---------------------------------------------------------------------------------------------

	private void checklist(Composite client) {
		Optional<Edition> edition = figures.edition();
		if (edition.isEmpty()) {
			text(client, Messages.Dashboard_checklistNoEdition);
			return;
		}
		List<FormProgress> forms = figures.checklist();
		if (forms.isEmpty()) {
			text(client, NLS.bind(Messages.Dashboard_checklistNone, new FiscalYear(edition.get().getFiscalYear()).label()));
			return;
		}
		Composite row = toolkit.createComposite(client);
		GridLayout layout = new GridLayout(forms.size(), true);
		layout.marginWidth = 0;
		row.setLayout(layout);
		row.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
		for (int f = 0; f < forms.size(); f++) {
			FormProgress form = forms.get(f);
			List<SectionProgress> sections = form.sections();
			String[] categories = new String[sections.size()];
			double[] ok = new double[sections.size()];
			double[] noTarget = new double[sections.size()];
			double[] noWithout = new double[sections.size()];
			double[] open = new double[sections.size()];
			for (int i = 0; i < sections.size(); i++) {
				SectionProgress s = sections.get(i);
				categories[i] = NLS.bind(Messages.Dashboard_checklistSection, new Object[] { s.section().getNumber(),
						shorten(Editions.title(s.section()), 14), s.answered(), s.slots() });
				ok[i] = FormProgress.answeredOk(s);
				noTarget[i] = FormProgress.noWithTarget(s);
				noWithout[i] = s.noWithoutTarget();
				open[i] = FormProgress.unanswered(s);
			}
			ChecklistAssessment assessment = form.assessment();
			SectionProgress total = form.total();
			String title = formTitle(edition.get(), assessment) + "  " + total.answered() + "/" + total.slots(); //$NON-NLS-1$ //$NON-NLS-2$
			BarChart chart = new BarChart(row, fonts, title, categories, List.of(
					new BarChart.Part(Messages.Dashboard_answered, ChartColours.ANSWERED, ok),
					new BarChart.Part(Messages.Dashboard_noWithTarget, ChartColours.NO_WITH_TARGET, noTarget),
					new BarChart.Part(Messages.Dashboard_noWithoutTarget, ChartColours.NO_WITHOUT_TARGET, noWithout),
					new BarChart.Part(Messages.Dashboard_unanswered, ChartColours.UNANSWERED, open)),
					(category, part) -> {
						// the form, then only the items of the section whose bar was clicked
						context.reveal(assessment);
						io.sekisho.checklist.catalog.Section section = sections.get(category).section();
						context.showPage(CHECKLIST_PAGE, new PageFilter(io.sekisho.checklist.catalog.CatalogPackage.Literals.ITEM,
								NLS.bind(Messages.Dashboard_sectionFilter, section.getNumber(), Editions.title(section)),
								item -> section.getItems().contains(item)));
					});
			charts.put(CHECKLIST + f, chart);
		}
	}

	private String formTitle(Edition edition, ChecklistAssessment assessment) {
		String form = Editions.form(edition, FormKinds.toCatalog(assessment.getForm())).map(Editions::title).orElse(""); //$NON-NLS-1$
		if (assessment.getForm() == ChecklistForm.VENDOR && assessment.getRespondent() != null) {
			return NLS.bind(Messages.Dashboard_checklistVendorForm, form, assessment.getRespondent().getName());
		}
		return form;
	}

	private void passwords(Composite client) {
		PasswordVerdict[] verdicts = PasswordVerdict.values();
		String[] categories = new String[verdicts.length];
		List<BarChart.Part> parts = new ArrayList<>();
		for (int i = 0; i < verdicts.length; i++) {
			int count = figures.verdicts().get(verdicts[i]);
			categories[i] = verdicts[i].label() + "  " + count; //$NON-NLS-1$
			parts.add(new BarChart.Part(verdicts[i].label(), ChartColours.of(verdicts[i]), only(i, verdicts.length, count)));
		}
		charts.put(PASSWORDS, new BarChart(client, fonts, "", categories, parts, (category, part) -> { //$NON-NLS-1$
			PasswordVerdict verdict = verdicts[category];
			context.showPage(ACCOUNTS_PAGE, new PageFilter(ACCOUNT, NLS.bind(Messages.Dashboard_verdictFilter, verdict.label()),
					a -> PasswordVerdict.of((Account) a) == verdict));
		}));
		charts.get(PASSWORDS).chart().getLegend().setVisible(false);
	}

	private void firmware(Composite client) {
		List<FirmwareStatus> shown = FirmwareStatus.VALUES.stream().filter(s -> figures.firmware().get(s) > 0)
				// the worst first: exploited, vulnerable ... current, unknown
				.sorted(java.util.Comparator.comparingInt(Dashboard::firmwareRank)).toList();
		if (shown.isEmpty()) {
			text(client, Messages.Dashboard_firmwareNone);
			return;
		}
		String[] categories = new String[shown.size()];
		List<BarChart.Part> parts = new ArrayList<>();
		for (int i = 0; i < shown.size(); i++) {
			FirmwareStatus status = shown.get(i);
			int count = figures.firmware().get(status);
			categories[i] = label(status) + "  " + count; //$NON-NLS-1$
			parts.add(new BarChart.Part(label(status), ChartColours.of(status), only(i, shown.size(), count)));
		}
		charts.put(FIRMWARE, new BarChart(client, fonts, "", categories, parts, (category, part) -> { //$NON-NLS-1$
			FirmwareStatus status = shown.get(category);
			context.showPage(FIRMWARE_PAGE, new PageFilter(FIRMWARE_RECORD, NLS.bind(Messages.Dashboard_statusFilter, label(status)),
					r -> ((FirmwareRecord) r).getStatus() == status));
		}));
		charts.get(FIRMWARE).chart().getLegend().setVisible(false);
		List<FirmwareRecord> exploited = figures.knownExploited();
		if (exploited.isEmpty()) {
			text(client, Messages.Dashboard_knownExploitedNone);
			return;
		}
		pageLink(client, NLS.bind(Messages.Dashboard_knownExploited, exploited.size()), FIRMWARE_PAGE,
				new PageFilter(FIRMWARE_RECORD, Messages.Dashboard_knownExploitedFilter, r -> DashboardFigures.knownExploited((FirmwareRecord) r)), true);
		for (FirmwareRecord record : limit(exploited)) {
			long cves = record.getVulnerabilities().stream().filter(Vulnerability::isKnownExploited).count();
			elementLink(client, NLS.bind(Messages.Dashboard_knownExploitedLine, new Object[] { deviceName(record.getDevice()),
					model(record), Math.max(1, cves) }), record, true);
		}
		more(client, exploited.size());
	}

	/** The order of statuses on the chart: what needs action first. */
	private static int firmwareRank(FirmwareStatus status) {
		return switch (status) {
		case KNOWN_EXPLOITED -> 0;
		case VULNERABLE -> 1;
		case END_OF_SUPPORT -> 2;
		case CHECK_MANUALLY -> 3;
		case AWAITING_ANALYSIS -> 4;
		case UPDATE_AVAILABLE -> 5;
		case CURRENT -> 6;
		case PRODUCT_UNKNOWN -> 7;
		case UNKNOWN -> 8;
		};
	}

	private void findings(Composite client) {
		List<SeverityCount> severities = figures.severities();
		String[] categories = new String[severities.size()];
		List<BarChart.Part> parts = new ArrayList<>();
		for (int i = 0; i < severities.size(); i++) {
			SeverityCount s = severities.get(i);
			categories[i] = label(s.severity()) + "  " + s.open(); //$NON-NLS-1$
			parts.add(new BarChart.Part(label(s.severity()), ChartColours.of(s.severity()), only(i, severities.size(), s.open())));
		}
		charts.put(FINDINGS, new BarChart(client, fonts, "", categories, parts, (category, part) -> { //$NON-NLS-1$
			Severity severity = severities.get(category).severity();
			context.showPage(FINDINGS_PAGE, new PageFilter(FINDING, NLS.bind(Messages.Dashboard_severityFilter, label(severity)),
					f -> DashboardFigures.open((Finding) f) && ((Finding) f).getSeverity() == severity));
		}));
		charts.get(FINDINGS).chart().getLegend().setVisible(false);
		List<Finding> open = figures.openFindings();
		if (open.isEmpty()) {
			text(client, Messages.Dashboard_findingsNone);
			return;
		}
		long pastDue = open.stream().filter(f -> PastDue.finding(f, figures.today())).count();
		if (pastDue > 0) {
			pageLink(client, NLS.bind(Messages.Dashboard_pastDueFindings, pastDue), FINDINGS_PAGE,
					new PageFilter(FINDING, Messages.Dashboard_pastDueFindingsFilter, f -> PastDue.finding((Finding) f, LocalDate.now())), true);
		}
		for (Finding finding : limit(open)) {
			String due = finding.getDueDate() == null ? Messages.Dashboard_findingNoDue : NLS.bind(Messages.Dashboard_findingDue, date(finding.getDueDate()));
			elementLink(client, NLS.bind(Messages.Dashboard_findingLine, new Object[] { label(severity(finding)), due, shorten(finding.getText(), 40) }),
					finding, PastDue.finding(finding, figures.today()));
		}
		more(client, open.size());
	}

	private void connections(Composite client) {
		List<ExternalConnection> unrestricted = figures.withoutSourceRestriction();
		if (unrestricted.isEmpty()) {
			text(client, Messages.Dashboard_connectionsNone);
			return;
		}
		for (ExternalConnection connection : unrestricted) {
			String gateway = connection.getGateway() == null ? Messages.Dashboard_connectionNoGateway : deviceName(connection.getGateway());
			elementLink(client, NLS.bind(Messages.Dashboard_connectionLine, new Object[] { connection.getName(), gateway,
					label(connection.getSourceRestriction()) }), connection, true);
		}
	}

	private void pastDue(Composite client) {
		List<EObject> due = figures.pastDue();
		if (due.isEmpty()) {
			text(client, Messages.Dashboard_pastDueNone);
			return;
		}
		if (due.stream().anyMatch(FirmwareRecord.class::isInstance)) {
			pageLink(client, Messages.Dashboard_pastDuePlansLink, FIRMWARE_PAGE,
					new PageFilter(FIRMWARE_RECORD, Messages.Dashboard_pastDuePlansFilter, r -> PastDue.plan((FirmwareRecord) r, LocalDate.now())), true);
		}
		for (EObject element : due) {
			elementLink(client, pastDueText(element), element, true);
		}
	}

	private String pastDueText(EObject element) {
		if (element instanceof ChecklistAnswer answer) {
			ChecklistAssessment assessment = (ChecklistAssessment) answer.eContainer();
			String item = editions.item(assessment.getEditionId(), answer.getItemId()).map(Editions::label).orElse(answer.getItemId());
			return NLS.bind(Messages.Dashboard_pastDueAnswer, item, date(answer.getTargetDate()));
		}
		if (element instanceof FirmwareRecord record) {
			return NLS.bind(Messages.Dashboard_pastDuePlan, deviceName(record.getDevice()) + " " + model(record), date(record.getPlannedUpdate())); //$NON-NLS-1$
		}
		Finding finding = (Finding) element;
		return NLS.bind(Messages.Dashboard_pastDueFinding, shorten(finding.getText(), 36), date(finding.getDueDate()));
	}

	// --- building blocks ---------------------------------------------------------------------------------------

	/** A section with a title bar, a description and, when {@code pageId} is a page of the editor, a link to it. */
	private Composite section(Composite parent, String title, String description, String pageId) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setFont(fonts.bold());
		section.setDescription(description);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		// a small preferred width: long descriptions wrap instead of widening the page beyond the window
		data.widthHint = 120;
		section.setLayoutData(data);
		if (pageId != null && hasPage.test(pageId)) {
			Hyperlink open = toolkit.createHyperlink(section, Messages.Dashboard_openPage, SWT.NONE);
			open.addHyperlinkListener(new HyperlinkAdapter() {
				@Override
				public void linkActivated(HyperlinkEvent e) {
					context.showPage(pageId, null);
				}
			});
			section.setTextClient(open);
		}
		Composite client = toolkit.createComposite(section);
		GridLayout layout = new GridLayout(1, false);
		layout.marginWidth = 2;
		layout.verticalSpacing = 2;
		client.setLayout(layout);
		section.setClient(client);
		return client;
	}

	private static Composite span(Composite client, int columns) {
		((GridData) client.getParent().getLayoutData()).horizontalSpan = columns;
		return client;
	}

	private void text(Composite parent, String text) {
		Label label = toolkit.createLabel(parent, text, SWT.WRAP);
		label.setFont(fonts.normal());
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 120;
		label.setLayoutData(data);
	}

	private void pageLink(Composite parent, String text, String pageId, PageFilter filter, boolean pastDue) {
		if (!hasPage.test(pageId)) {
			text(parent, text);
			return;
		}
		Hyperlink link = toolkit.createHyperlink(parent, text, SWT.WRAP);
		link.setFont(fonts.bold());
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 120;
		link.setLayoutData(data);
		if (pastDue) {
			link.setForeground(PastDueColours.foreground());
		}
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				context.showPage(pageId, filter);
			}
		});
	}

	private void elementLink(Composite parent, String text, EObject element, boolean pastDue) {
		Hyperlink link = toolkit.createHyperlink(parent, text, SWT.WRAP);
		link.setFont(fonts.normal());
		GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
		data.widthHint = 120;
		link.setLayoutData(data);
		if (pastDue) {
			link.setForeground(PastDueColours.foreground());
			link.setBackground(PastDueColours.background());
		}
		link.addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				context.reveal(element);
			}
		});
		elementLinks.putIfAbsent(element, link);
	}

	private <T> List<T> limit(List<T> list) {
		return list.subList(0, Math.min(LIST_LIMIT, list.size()));
	}

	private void more(Composite parent, int size) {
		if (size > LIST_LIMIT) {
			text(parent, NLS.bind(Messages.Dashboard_more, size - LIST_LIMIT));
		}
	}

	/** @return values that are {@code count} at {@code index} and 0 elsewhere: one colour per bar on a stacked chart */
	private static double[] only(int index, int length, int count) {
		double[] values = new double[length];
		values[index] = count;
		return values;
	}

	private String date(LocalDate date) {
		return date == null ? "" : dates.format(date); //$NON-NLS-1$
	}

	private static Severity severity(Finding finding) {
		return finding.getSeverity() == null ? Severity.INFO : finding.getSeverity();
	}

	private static String deviceName(Device device) {
		return device == null || device.getName() == null ? "" : device.getName(); //$NON-NLS-1$
	}

	private static String model(FirmwareRecord record) {
		Device device = record.getDevice();
		StringBuilder text = new StringBuilder();
		if (device != null && device.getModel() != null && !device.getModel().isBlank()) {
			text.append(device.getModel());
		}
		if (record.getInstalledVersion() != null && !record.getInstalledVersion().isBlank()) {
			text.append(text.isEmpty() ? "" : " ").append(record.getInstalledVersion()); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return text.toString();
	}

	/** @return the label of an enum literal of the facility model, as the Properties view shows it */
	static String label(Enumerator literal) {
		if (literal == null) {
			return ""; //$NON-NLS-1$
		}
		return SekishoEditPlugin.INSTANCE.getString("_UI_" + literal.getClass().getSimpleName() + "_" + literal.getName() + "_literal"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	private static String shorten(String text, int length) {
		if (text == null) {
			return ""; //$NON-NLS-1$
		}
		String oneLine = text.replace('\n', ' ').strip();
		return oneLine.length() <= length ? oneLine : oneLine.substring(0, length - 1) + "…"; //$NON-NLS-1$
	}
}
