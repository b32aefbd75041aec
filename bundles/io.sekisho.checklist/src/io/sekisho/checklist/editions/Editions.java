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
import io.sekisho.checklist.internal.Messages;

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
			result.addAll(items(section, form));
		}
		return result;
	}

	/** @return the items of a section on the form; none when the section is not on that form (section 4 of FY2026) */
	public static List<Item> items(Section section, FormKind form) {
		if (!section.getForms().isEmpty() && !section.getForms().contains(form)) {
			return List.of();
		}
		return section.getItems().stream().filter(i -> i.getForms().contains(form)).toList();
	}

	/** @return whether the form offers 対象外 (outside the vendor's maintenance contract) besides はい and いいえ */
	public static boolean offersOutOfScope(Edition edition, FormKind form) {
		return form(edition, form).map(Form::isOutOfScopeAnswer).orElse(false);
	}

	/** @return whether the form has a 確認日 field for the whole form */
	public static boolean hasConfirmationDate(Edition edition, FormKind form) {
		return form(edition, form).map(Form::isConfirmationDate).orElse(false);
	}

	public static Optional<Form> form(Edition edition, FormKind kind) {
		return edition.getForms().stream().filter(f -> f.getKind() == kind).findFirst();
	}

	/** @return where an item of the predecessor edition lives in {@code edition}, if it maps (the first target of a split) */
	public static Optional<Item> mapped(Edition edition, String predecessorItemId) {
		List<Item> all = mappedAll(edition, predecessorItemId);
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
	}

	/** @return every item of {@code edition} an item of the predecessor maps to; several when it was split (R7 2-2fa into R8 2-⑪ and 2-⑫) */
	public static List<Item> mappedAll(Edition edition, String predecessorItemId) {
		List<Item> result = new ArrayList<>();
		for (ItemMapping mapping : edition.getMappings()) {
			if (mapping.getFromItemId().equals(predecessorItemId)) {
				item(edition, mapping.getToItemId()).ifPresent(result::add);
			}
		}
		return result;
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

	/**
	 * @return the item's number as printed with its section when the number restarts per section: "2-⑥", "2-(7)";
	 *         for an item whose published number is not known, the section with a word saying so
	 */
	/**
	 * @return the name of a device column ({@code general}, {@code server}, {@code clientPc}, {@code networkDevice})
	 *         in the user's language: 全般 / サーバ / 端末PC / ネットワーク機器; an unknown id as it is
	 */
	public static String columnLabel(String columnId) {
		return switch (columnId == null ? "" : columnId) { //$NON-NLS-1$
		case "general" -> Messages.Column_general; //$NON-NLS-1$
		case "server" -> Messages.Column_server; //$NON-NLS-1$
		case "clientPc" -> Messages.Column_clientPc; //$NON-NLS-1$
		case "networkDevice" -> Messages.Column_networkDevice; //$NON-NLS-1$
		default -> columnId;
		};
	}

	public static String label(Item item) {
		String number = item.getNumber();
		Section section = item.getSection();
		if (number == null || number.isBlank()) {
			String unknown = Messages.Editions_numberUnknown;
			return section == null ? unknown : section.getNumber() + "-" + unknown; //$NON-NLS-1$
		}
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
