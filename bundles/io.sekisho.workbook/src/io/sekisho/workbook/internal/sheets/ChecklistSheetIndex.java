package io.sekisho.workbook.internal.sheets;

import java.util.ArrayList;
import java.util.List;

import io.sekisho.model.facility.ChecklistForm;

/**
 * The checklist sheets written in one export, with the assessment each belongs to; written into the hidden
 * metadata sheet so that the answer import knows which sheet feeds which assessment.
 */
public final class ChecklistSheetIndex {

	/**
	 * @param organizationId the vendor of a vendor form, {@code null} for the facility's own form
	 */
	public record Entry(String sheetName, ChecklistForm form, String organizationId) {
	}

	private final List<Entry> entries = new ArrayList<>();
	private final ExportedAnswers exported = new ExportedAnswers();

	public void add(String sheetName, ChecklistForm form, String organizationId) {
		entries.add(new Entry(sheetName, form, organizationId));
	}

	/** @return what the answer cells of the checklist sheets held at export */
	public ExportedAnswers exported() {
		return exported;
	}

	public List<Entry> entries() {
		return List.copyOf(entries);
	}
}
