package io.sekisho.ui.internal.editor;

import static io.sekisho.model.facility.FacilityPackage.Literals.*;

import java.time.LocalDate;
import java.util.List;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.jface.viewers.StructuredSelection;
import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.forms.IManagedForm;
import org.eclipse.ui.forms.widgets.FormToolkit;
import org.eclipse.ui.forms.widgets.ScrolledForm;
import org.eclipse.ui.forms.widgets.Section;

import io.sekisho.core.time.PastDue;
import io.sekisho.core.labels.FindingLabels;
import io.sekisho.model.facility.Contact;
import io.sekisho.model.facility.Finding;
import io.sekisho.ui.editor.Column;
import io.sekisho.ui.editor.FacilityPage;
import io.sekisho.ui.editor.FeatureValues;
import io.sekisho.ui.editor.ModelTable;
import io.sekisho.ui.editor.PageFilter;
import io.sekisho.ui.internal.Messages;

/** The incident contact chart (checklist 3-(1)) above the findings and their remediation plan. */
public final class ContactsFindingsPage extends FacilityPage {

	private ModelTable contacts;
	private ModelTable findings;

	@Override
	protected void createFormContent(IManagedForm managedForm) {
		FormToolkit toolkit = managedForm.getToolkit();
		ScrolledForm form = managedForm.getForm();
		form.setText(Messages.ContactsFindings_heading);
		toolkit.decorateFormHeading(form.getForm());
		Composite body = form.getBody();
		body.setLayout(new GridLayout(1, false));
		SashForm sash = new SashForm(body, SWT.VERTICAL);
		GridData sashData = new GridData(SWT.FILL, SWT.FILL, true, true);
		sashData.heightHint = 520;
		sash.setLayoutData(sashData);
		toolkit.adapt(sash);
		contacts = new ModelTable(section(toolkit, sash, Messages.Contacts_title, Messages.Contacts_hint), toolkit, context(),
				context().facility(), FACILITY_WORKBOOK__CONTACTS, List.of(
						Column.of(Messages.Contacts_order, CONTACT__ORDER, 50),
						Column.of(Messages.Contacts_role, CONTACT__ROLE, 160),
						Column.of(Messages.Contacts_internal, CONTACT__INTERNAL, 60),
						Column.of(Messages.Contacts_organization, CONTACT__ORGANIZATION, 160),
						Column.of(Messages.Contacts_organizationName, CONTACT__ORGANIZATION_NAME, 160),
						Column.of(Messages.Contacts_person, CONTACT__PERSON, 120),
						Column.of(Messages.Contacts_phone, CONTACT__PHONE, 120),
						Column.of(Messages.Contacts_mail, CONTACT__MAIL, 180)));
		findings = new ModelTable(section(toolkit, sash, Messages.Findings_title, Messages.Findings_hint), toolkit, context(),
				context().facility(), FACILITY_WORKBOOK__FINDINGS, List.of(
						Column.of(Messages.Findings_severity, FINDING__SEVERITY, 80),
						Column.of(Messages.Findings_status, FINDING__STATUS, 80),
						// the source by name (パスワード点検, ファームウェア台帳); tools set it, a finding added here is 手入力
						Column.derived(Messages.Findings_source, f -> FindingLabels.source(((Finding) f).getSource()), 130),
						Column.derived(Messages.Findings_subject, f -> subject(f), 150),
						Column.of(Messages.Findings_text, FINDING__TEXT, 300),
						Column.of(Messages.Findings_remediation, FINDING__REMEDIATION, 260),
						Column.of(Messages.Findings_dueDate, FINDING__DUE_DATE, 100)));
		// open after their due date: in the past-due colours, as on the overview
		findings.highlightPastDue(f -> PastDue.finding((Finding) f, LocalDate.now()));
	}

	private String subject(EObject finding) {
		EObject subject = ((Finding) finding).getSubject();
		return subject == null ? "" : new FeatureValues(context().adapterFactory()).valueText(finding, FINDING__SUBJECT, subject); //$NON-NLS-1$
	}

	private static Composite section(FormToolkit toolkit, Composite parent, String title, String description) {
		Section section = toolkit.createSection(parent, Section.TITLE_BAR | Section.DESCRIPTION);
		section.setText(title);
		section.setDescription(description);
		Composite client = toolkit.createComposite(section);
		client.setLayout(new GridLayout(1, false));
		section.setClient(client);
		return client;
	}

	@Override
	public boolean shows(EObject element) {
		return element instanceof Contact || element instanceof Finding;
	}

	/** Narrows the contacts or the findings, whichever the filter is about. */
	@Override
	public boolean applyFilter(PageFilter filter) {
		if (findings == null) {
			return false;
		}
		if (filter == null) {
			contacts.setFilter(null);
			findings.setFilter(null);
			return true;
		}
		ModelTable table = filter.narrows(FINDING) ? findings : filter.narrows(CONTACT) ? contacts : null;
		if (table != null) {
			table.setFilter(filter);
		}
		return table != null;
	}

	ModelTable findings() {
		return findings;
	}

	@Override
	public boolean reveal(EObject element) {
		ModelTable table = element instanceof Contact ? contacts : element instanceof Finding ? findings : null;
		if (table == null) {
			return false;
		}
		table.viewer().setSelection(new StructuredSelection(element), true);
		return !table.viewer().getStructuredSelection().isEmpty();
	}
}
