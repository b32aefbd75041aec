package io.sekisho.workbook.internal.sheets;

import java.util.Comparator;
import java.util.List;

import io.sekisho.model.facility.Contact;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.SheetContributor;
import io.sekisho.workbook.WorkbookTexts;
import io.sekisho.workbook.sheet.TableWriter;

/** 連絡体制: the incident contact chart (checklist 3-(1)), in calling order. */
public final class ContactSheetContributor implements SheetContributor {

	@Override
	public void contribute(ExportContext context) {
		WorkbookTexts texts = SheetTexts.of(context);
		TableWriter table = context.createTable(texts.get("sheet.contacts"), texts.get("sheet.contacts.description")); //$NON-NLS-1$ //$NON-NLS-2$
		table.columns(new Columns(texts, "contact.").printed("order", 5).printed("role", 18).printed("side", 8) //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				.printed("organization", 22).printed("person", 14).printed("phone", 15).printed("mail", 26).list()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		List<Contact> contacts = Sheets.handover(context).facility().getContacts().stream()
				.sorted(Comparator.comparingInt(Contact::getOrder)).toList();
		for (Contact c : contacts) {
			String organization = c.getOrganization() != null ? SheetTexts.name(c.getOrganization()) : c.getOrganizationName();
			table.row().number(c.getOrder()).text(c.getRole()).text(texts.get(c.isInternal() ? "contact.inside" : "contact.outside")) //$NON-NLS-1$ //$NON-NLS-2$
					.text(organization).text(c.getPerson()).text(c.getPhone()).text(c.getMail());
		}
		table.finish();
	}
}
