package io.sekisho.workbook.internal.sheets;

import java.util.Collection;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import io.sekisho.model.facility.Organization;
import io.sekisho.workbook.ExportContext;
import io.sekisho.workbook.WorkbookLanguage;
import io.sekisho.workbook.WorkbookTexts;

/** The texts of Sekisho's own sheets (sheets.properties / sheets_ja.properties) and label helpers. */
public final class SheetTexts {

	/** Loaded once per language: the import looks texts up for every answer cell. */
	private static final Map<WorkbookLanguage, WorkbookTexts> LOADED = new ConcurrentHashMap<>();

	private SheetTexts() {
	}

	public static WorkbookTexts of(WorkbookLanguage language) {
		return LOADED.computeIfAbsent(language, l -> WorkbookTexts.load(SheetTexts.class, "sheets", l)); //$NON-NLS-1$
	}

	public static WorkbookTexts of(ExportContext context) {
		return of(context.language());
	}

	/**
	 * @return the label of an enum literal of the facility model as the rich client shows it (io.sekisho.model.edit),
	 *         empty for {@code null}; the workbook's own texts override it only where a printed form needs it
	 *         (a network device type "none" stays empty in the register)
	 */
	public static String label(WorkbookTexts texts, Enum<?> literal) {
		if (literal == null) {
			return ""; //$NON-NLS-1$
		}
		// asked for every cell of an enum column: the label of a literal is found once per language
		return LABELS.computeIfAbsent(texts.language(), l -> new ConcurrentHashMap<>()).computeIfAbsent(literal, l -> findLabel(texts, l));
	}

	private static final Map<WorkbookLanguage, Map<Enum<?>, String>> LABELS = new ConcurrentHashMap<>();

	private static String findLabel(WorkbookTexts texts, Enum<?> literal) {
		String override = "enum." + literal.getDeclaringClass().getSimpleName() + "." + literal.name(); //$NON-NLS-1$ //$NON-NLS-2$
		if (texts.has(override)) {
			return texts.get(override);
		}
		String label = ModelLabels.label(texts.language(), literal);
		if (label == null) {
			throw new IllegalArgumentException("no label for " + override); //$NON-NLS-1$
		}
		return label;
	}

	public static String yesNo(WorkbookTexts texts, boolean value) {
		return texts.get(value ? "yes" : "no"); //$NON-NLS-1$ //$NON-NLS-2$
	}

	public static String name(Organization organization) {
		return organization == null ? "" : nonNull(organization.getName()); //$NON-NLS-1$
	}

	public static String join(Collection<?> values) {
		return values.stream().map(String::valueOf).collect(Collectors.joining(", ")); //$NON-NLS-1$
	}

	public static String nonNull(String value) {
		return value == null ? "" : value; //$NON-NLS-1$
	}
}
