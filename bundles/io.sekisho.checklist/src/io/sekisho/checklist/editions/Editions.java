package io.sekisho.checklist.editions;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import io.sekisho.checklist.catalog.DeviceColumn;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.Form;
import io.sekisho.checklist.catalog.FormKind;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.catalog.ItemMapping;
import io.sekisho.checklist.catalog.Section;

/** Look-ups in an edition and the texts in the user's language (catalog texts live in the data, ja and en). */
public final class Editions {

	private Editions() {
	}

	public static Optional<Item> item(Edition edition, String itemId) {
		for (Section section : edition.getSections()) {
			for (Item item : section.getItems()) {
				if (item.getId().equals(itemId)) {
					return Optional.of(item);
				}
			}
		}
		return Optional.empty();
	}

	/** @return the items the form carries, in published order */
	public static List<Item> items(Edition edition, FormKind form) {
		List<Item> result = new ArrayList<>();
		for (Section section : edition.getSections()) {
			for (Item item : section.getItems()) {
				if (item.getForms().contains(form)) {
					result.add(item);
				}
			}
		}
		return result;
	}

	public static List<Item> items(Section section, FormKind form) {
		return section.getItems().stream().filter(i -> i.getForms().contains(form)).toList();
	}

	public static Optional<Form> form(Edition edition, FormKind kind) {
		return edition.getForms().stream().filter(f -> f.getKind() == kind).findFirst();
	}

	/** @return where an item of the predecessor edition lives in {@code edition}, if it maps */
	public static Optional<Item> mapped(Edition edition, String predecessorItemId) {
		for (ItemMapping mapping : edition.getMappings()) {
			if (mapping.getFromItemId().equals(predecessorItemId)) {
				return item(edition, mapping.getToItemId());
			}
		}
		return Optional.empty();
	}

	/**
	 * @return the column ids an item is answered for; a single empty string for an item without columns (answered
	 *         once), matching ChecklistAnswer.deviceColumn of the facility model
	 */
	public static List<String> columnIds(Item item) {
		return item.getColumns().isEmpty() ? List.of("") : item.getColumns().stream().map(DeviceColumn::getLiteral).toList(); //$NON-NLS-1$
	}

	public static boolean japanese() {
		return Locale.getDefault().getLanguage().equals(Locale.JAPANESE.getLanguage());
	}

	public static String text(Item item) {
		return pick(item.getTextJa(), item.getTextEn());
	}

	public static String title(Edition edition) {
		return pick(edition.getTitleJa(), edition.getTitleEn());
	}

	public static String title(Form form) {
		return pick(form.getTitleJa(), form.getTitleEn());
	}

	public static String title(Section section) {
		return pick(section.getTitleJa(), section.getTitleEn());
	}

	/** @return the item's number as printed with its section when the number restarts per section: "2-⑥", "2-(7)" */
	public static String label(Item item) {
		String number = item.getNumber();
		Section section = item.getSection();
		if (section == null || number.startsWith(section.getNumber()) || "0".equals(section.getNumber())) { //$NON-NLS-1$
			return number;
		}
		return section.getNumber() + "-" + number; //$NON-NLS-1$
	}

	private static String pick(String ja, String en) {
		String preferred = japanese() ? ja : en;
		return preferred == null || preferred.isBlank() ? (ja != null ? ja : en) : preferred;
	}
}
