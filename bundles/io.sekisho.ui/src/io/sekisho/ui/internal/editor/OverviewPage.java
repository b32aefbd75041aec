package io.sekisho.ui.internal.editor;

import static io.sekisho.model.facility.FacilityPackage.Literals.FACILITY__ADDRESS;
import static io.sekisho.model.facility.FacilityPackage.Literals.FACILITY__BEDS;
import static io.sekisho.model.facility.FacilityPackage.Literals.FACILITY__NAME;
import static io.sekisho.model.facility.FacilityPackage.Literals.FACILITY__NAME_KANA;
import static io.sekisho.model.facility.FacilityPackage.Literals.FACILITY__NAME_ROMAJI;
import static io.sekisho.model.facility.FacilityPackage.Literals.FACILITY__PREFECTURE;
import static io.sekisho.model.facility.FacilityPackage.Literals.PERSON__MAIL;
import static io.sekisho.model.facility.FacilityPackage.Literals.PERSON__NAME_KANJI;
import static io.sekisho.model.facility.FacilityPackage.Literals.PERSON__NAME_ROMAJI;
import static io.sekisho.model.facility.FacilityPackage.Literals.PERSON__PHONE;

import java.time.LocalDate;
import java.util.function.Supplier;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.events.HyperlinkAdapter;
import org.eclipse.ui.forms.events.HyperlinkEvent;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import io.sekisho.checklist.editions.EditionRegistry;
import io.sekisho.model.facility.Facility;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.Person;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.editor.FeatureField;
import io.sekisho.ui.editor.ModelChanges;
import io.sekisho.ui.internal.Messages;
import io.sekisho.ui.internal.dashboard.Dashboard;

/**
 * First page: the dashboard (checklist progress, password verdicts, firmware, findings, unrestricted external
 * connections, everything past due, each linked to its page), then the facility and its people (checklist 1-(1)),
 * editable, and links to the other pages.
 */
public final class OverviewPage extends FacilityPage {

	/** Loaded once: the dashboard is built again after every command. */
	private final EditionRegistry editions = EditionRegistry.fromPlatform();
	private Dashboard dashboard;
	private ScrolledForm form;
	/** A command ran while another page was shown: the dashboard is built again when this page is shown. */
	private boolean stale;

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		form = managedForm.getForm();
		FacilityWorkbook workbook = context().facility();
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));

		dashboard = new Dashboard(body, toolkit, context(), editions, LocalDate::now,
				id -> getEditor() instanceof FacilityEditor editor && editor.facilityPages().stream().anyMatch(p -> p.getId().equals(id)));
		dashboard.control().setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));

		Section details = toolkit.createSection(body, Section.TITLE_BAR | Section.DESCRIPTION | Section.TWISTIE | Section.EXPANDED);
		details.setText(io.sekisho.ui.internal.dashboard.DashboardTexts.details());
		details.setDescription(io.sekisho.ui.internal.dashboard.DashboardTexts.detailsHint());
		details.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
		details.addExpansionListener(new org.eclipse.ui.forms.events.ExpansionAdapter() {
			@Override
			public void expansionStateChanged(org.eclipse.ui.forms.events.ExpansionEvent e) {
				form.reflow(true);
			}
		});
		Composite detailsClient = toolkit.createComposite(details);
		detailsClient.setLayout(new GridLayout(3, true));
		details.setClient(detailsClient);

		Composite facility = section(toolkit, detailsClient, Messages.Overview_facility, Messages.Overview_facilityHint);
		Supplier<EObject> f = workbook::getFacility;
		new FeatureField(facility, toolkit, context(), Messages.Overview_name, f, FACILITY__NAME);
		new FeatureField(facility, toolkit, context(), Messages.Overview_nameKana, f, FACILITY__NAME_KANA);
		new FeatureField(facility, toolkit, context(), Messages.Overview_nameRomaji, f, FACILITY__NAME_ROMAJI);
		new FeatureField(facility, toolkit, context(), Messages.Overview_beds, f, FACILITY__BEDS);
		new FeatureField(facility, toolkit, context(), Messages.Overview_prefecture, f, FACILITY__PREFECTURE);
		new FeatureField(facility, toolkit, context(), Messages.Overview_address, f, FACILITY__ADDRESS);

		Composite people = section(toolkit, detailsClient, Messages.Overview_people, Messages.Overview_peopleHint);
		Supplier<EObject> representative = () -> facility(workbook) == null ? null : facility(workbook).getRepresentative();
		Supplier<EObject> officer = () -> facility(workbook) == null ? null : facility(workbook).getSecurityOfficer();
		new FeatureField(people, toolkit, context(), Messages.Overview_representative, representative, PERSON__NAME_KANJI);
		new FeatureField(people, toolkit, context(), Messages.Overview_representativeRomaji, representative, PERSON__NAME_ROMAJI);
		new FeatureField(people, toolkit, context(), Messages.Overview_officer, officer, PERSON__NAME_KANJI);
		new FeatureField(people, toolkit, context(), Messages.Overview_officerPhone, officer, PERSON__PHONE);
		new FeatureField(people, toolkit, context(), Messages.Overview_officerMail, officer, PERSON__MAIL);

		Composite links = section(toolkit, detailsClient, Messages.Overview_pages, Messages.Overview_pagesHint);
		// every other page of the editor, contributed ones included
		if (getEditor() instanceof FacilityEditor editor) {
			for (FacilityPage page : editor.facilityPages()) {
				if (page != this) {
					link(toolkit, links, page.getTitle(), page.getId());
				}
			}
		}

		ModelChanges.refreshAfterCommands(body, context().commandStack(), this::refreshWhenShown);
		refresh();
	}

	/** Commands on other pages (a drag on the network map) do not rebuild the hidden dashboard each time. */
	private void refreshWhenShown() {
		if (isActive()) {
			refresh();
		} else {
			stale = true;
		}
	}

	@Override
	public void setActive(boolean active) {
		super.setActive(active);
		if (active && stale) {
			refresh();
		}
	}

	private static Facility facility(FacilityWorkbook workbook) {
		return workbook.getFacility();
	}

	/** The heading and the dashboard follow the model; the fields follow it by themselves. */
	private void refresh() {
		if (form == null || form.isDisposed()) {
			return;
		}
		stale = false;
		FacilityWorkbook workbook = context().facility();
		form.setText(NLS.bind(Messages.Overview_title, workbook.getFacility() == null ? "" : workbook.getFacility().getName())); //$NON-NLS-1$
		dashboard.refresh();
		form.reflow(true);
	}

	/** @return the dashboard (for tests and the screen tour) */
	public Dashboard dashboard() {
		return dashboard;
	}

	private Composite section(FormToolkit toolkit, Composite parent, String title, String description) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		GridData data = new GridData(SWT.FILL, SWT.FILL, true, false);
		data.widthHint = 120; // descriptions wrap instead of widening the page
		section.setLayoutData(data);
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(2, false));
		section.setClient(client);
		return client;
	}

	private void link(FormToolkit toolkit, Composite parent, String text, String pageId) {
		toolkit.createHyperlink(parent, text, SWT.NONE).addHyperlinkListener(new HyperlinkAdapter() {
			@Override
			public void linkActivated(HyperlinkEvent e) {
				context().showPage(pageId);
			}
		});
		new Label(parent, SWT.NONE).setVisible(false);
	}

	/** The facility itself and its people; elements no other page shows end up here too. */
	@Override
	public boolean shows(EObject element) {
		return element instanceof FacilityWorkbook || element instanceof Facility || element instanceof Person;
	}

	@Override
	public boolean reveal(EObject element) {
		return shows(element);
	}
}
