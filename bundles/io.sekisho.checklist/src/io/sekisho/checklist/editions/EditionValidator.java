package io.sekisho.checklist.editions;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.osgi.util.NLS;

import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.Form;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.catalog.ItemMapping;
import io.sekisho.checklist.catalog.Section;
import io.sekisho.checklist.internal.Messages;

/** Checks of an edition that the Ecore multiplicities cannot express: unique ids, forms and mappings that exist. */
final class EditionValidator {

	private static final int FIRST_FISCAL_YEAR = 2023; // the checklist exists since FY2023

	private EditionValidator() {
	}

	static List<String> check(Edition edition, String name) {
		List<String> problems = new ArrayList<>();
		if (edition.getFiscalYear() < FIRST_FISCAL_YEAR) {
			problems.add(NLS.bind(Messages.Edition_badFiscalYear, name, edition.getFiscalYear()));
		}
		Set<FormKind> forms = EnumSet.noneOf(FormKind.class);
		for (Form form : edition.getForms()) {
			if (!forms.add(form.getKind())) {
				problems.add(NLS.bind(Messages.Edition_duplicateForm, name, form.getKind().getLiteral()));
			}
		}
		Set<String> itemIds = new HashSet<>();
		for (Section section : edition.getSections()) {
			for (Item item : section.getItems()) {
				if (item.getId() != null && !itemIds.add(item.getId())) {
					problems.add(NLS.bind(Messages.Edition_duplicateItem, name, item.getId()));
				}
				for (FormKind kind : item.getForms()) {
					if (!forms.contains(kind)) {
						problems.add(NLS.bind(Messages.Edition_unknownForm, new Object[] { name, item.getId(), kind.getLiteral() }));
					}
				}
				if (item.getForms().isEmpty()) {
					problems.add(NLS.bind(Messages.Edition_itemWithoutForm, name, item.getId()));
				}
			}
		}
		Set<String> mapped = new HashSet<>();
		for (ItemMapping mapping : edition.getMappings()) {
			if (mapping.getToItemId() != null && !itemIds.contains(mapping.getToItemId())) {
				problems.add(NLS.bind(Messages.Edition_mappingTarget, new Object[] { name, mapping.getFromItemId(), mapping.getToItemId() }));
			}
			// one old item may split into several new ones (R7 2-2fa into R8 2-⑪ and 2-⑫); the same pair twice is a mistake
			if (mapping.getFromItemId() != null && !mapped.add(mapping.getFromItemId() + " -> " + mapping.getToItemId())) { //$NON-NLS-1$
				problems.add(NLS.bind(Messages.Edition_mappingTwice, name, mapping.getFromItemId()));
			}
		}
		CertaintyMarkers.find(edition).forEach(place -> problems.add(NLS.bind(Messages.Edition_markerInText, name, place)));
		if (!edition.getMappings().isEmpty() && (edition.getPredecessorId() == null || edition.getPredecessorId().isBlank())) {
			problems.add(NLS.bind(Messages.Edition_mappingWithoutPredecessor, name));
		}
		return problems;
	}

	/** @return where an element sits, for messages: "item 2-(7)", "section 2", "form vendor" */
	static String placeOf(EObject eObject) {
		for (EObject e = eObject; e != null; e = e.eContainer()) {
			if (e instanceof Item item) {
				return NLS.bind(Messages.Edition_placeItem, item.getId());
			}
			if (e instanceof Section section) {
				return NLS.bind(Messages.Edition_placeSection, section.getNumber());
			}
			if (e instanceof ItemMapping mapping) {
				return NLS.bind(Messages.Edition_placeMapping, mapping.getFromItemId());
			}
		}
		return Messages.Edition_placeEdition;
	}
}
