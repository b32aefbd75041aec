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

import java.util.Map;
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
import io.sekisho.model.facility.Person;
import io.sekisho.model.facility.FacilityWorkbook;
import io.sekisho.model.facility.provider.SekishoEditPlugin;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.editor.FeatureField;
import io.sekisho.ui.editor.ModelChanges;
import io.sekisho.ui.internal.Messages;

/** First page: the facility, its representative and security officer (checklist 1-(1)), counts and progress, links to the other pages. */
public final class OverviewPage extends FacilityPage {

	/** Loaded once: the status is recomputed after every command. */
	private final EditionRegistry editions = EditionRegistry.fromPlatform();
	private Label counts;
	private Label progress;

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		ScrolledForm form = managedForm.getForm();
		FacilityWorkbook workbook = context().facility();
		form.setText(NLS.bind(Messages.Overview_title, workbook.getFacility() == null ? "" : workbook.getFacility().getName())); //$NON-NLS-1$
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(2, true));

		Composite facility = section(toolkit, body, Messages.Overview_facility, Messages.Overview_facilityHint);
		Supplier<EObject> f = workbook::getFacility;
		new FeatureField(facility, toolkit, context(), Messages.Overview_name, f, FACILITY__NAME);
		new FeatureField(facility, toolkit, context(), Messages.Overview_nameKana, f, FACILITY__NAME_KANA);
		new FeatureField(facility, toolkit, context(), Messages.Overview_nameRomaji, f, FACILITY__NAME_ROMAJI);
		new FeatureField(facility, toolkit, context(), Messages.Overview_beds, f, FACILITY__BEDS);
		new FeatureField(facility, toolkit, context(), Messages.Overview_prefecture, f, FACILITY__PREFECTURE);
		new FeatureField(facility, toolkit, context(), Messages.Overview_address, f, FACILITY__ADDRESS);

		Composite people = section(toolkit, body, Messages.Overview_people, Messages.Overview_peopleHint);
		Supplier<EObject> representative = () -> facility(workbook) == null ? null : facility(workbook).getRepresentative();
		Supplier<EObject> officer = () -> facility(workbook) == null ? null : facility(workbook).getSecurityOfficer();
		new FeatureField(people, toolkit, context(), Messages.Overview_representative, representative, PERSON__NAME_KANJI);
		new FeatureField(people, toolkit, context(), Messages.Overview_representativeRomaji, representative, PERSON__NAME_ROMAJI);
		new FeatureField(people, toolkit, context(), Messages.Overview_officer, officer, PERSON__NAME_KANJI);
		new FeatureField(people, toolkit, context(), Messages.Overview_officerPhone, officer, PERSON__PHONE);
		new FeatureField(people, toolkit, context(), Messages.Overview_officerMail, officer, PERSON__MAIL);

		Composite status = section(toolkit, body, Messages.Overview_status, Messages.Overview_statusHint);
		counts = toolkit.createLabel(status, "", SWT.WRAP); //$NON-NLS-1$
		counts.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));
		progress = toolkit.createLabel(status, "", SWT.WRAP); //$NON-NLS-1$
		progress.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1));

		Composite links = section(toolkit, body, Messages.Overview_pages, Messages.Overview_pagesHint);
		// every other page of the editor, contributed ones included
		if (getEditor() instanceof FacilityEditor editor) {
			for (FacilityPage page : editor.facilityPages()) {
				if (page != this) {
					link(toolkit, links, page.getTitle(), page.getId());
				}
			}
		}

		ModelChanges.refreshAfterCommands(body, context().commandStack(), this::refreshStatus);
		refreshStatus();
	}

	private static Facility facility(FacilityWorkbook workbook) {
		return workbook.getFacility();
	}

	private void refreshStatus() {
		if (counts == null || counts.isDisposed()) {
			return;
		}
		FacilityWorkbook workbook = context().facility();
		Map<String, Long> severities = FacilityStatus.findingsBySeverity(workbook,
				severity -> SekishoEditPlugin.INSTANCE.getString("_UI_Severity_" + severity.getName() + "_literal")); //$NON-NLS-1$ //$NON-NLS-2$
		counts.setText(NLS.bind(Messages.Overview_counts, new Object[] { workbook.getDevices().size(), workbook.getAccounts().size(),
				FacilityStatus.rejectedPasswords(workbook), workbook.getExternalConnections().size(), FacilityStatus.format(severities) }));
		progress.setText(FacilityStatus.checklistProgress(workbook, editions));
		counts.getParent().layout(true);
	}

	private Composite section(FormToolkit toolkit, Composite parent, String title, String description) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		section.setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, false));
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
