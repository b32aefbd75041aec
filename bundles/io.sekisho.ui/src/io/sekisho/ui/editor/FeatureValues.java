package io.sekisho.ui.editor;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EEnumLiteral;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EReference;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.osgi.util.NLS;

import io.sekisho.ui.internal.Messages;

/**
 * Text form of feature values for tables and form fields, and the way back: one place for how a date, an enum, a
 * list of addresses or a reference is shown and typed. Labels of enum literals and references come from the
 * item providers (localized in io.sekisho.model.edit).
 */
public final class FeatureValues {

	private static final String LIST_SEPARATOR = ", "; //$NON-NLS-1$
	/** How a true flag shows in a table cell (false shows nothing): the same in every language. */
	public static final String CHECK_MARK = "\u2713"; //$NON-NLS-1$

	private final AdapterFactory adapterFactory;
	private final java.util.Map<EStructuralFeature, java.util.Map<Object, String>> literalLabels = new java.util.HashMap<>();

	public FeatureValues(AdapterFactory adapterFactory) {
		this.adapterFactory = adapterFactory;
	}

	public String text(EObject owner, EStructuralFeature feature) {
		if (owner == null) {
			return ""; //$NON-NLS-1$
		}
		Object value = owner.eGet(feature);
		if (feature.isMany()) {
			List<String> parts = new ArrayList<>();
			for (Object item : (Collection<?>) value) {
				parts.add(valueText(owner, feature, item));
			}
			return String.join(LIST_SEPARATOR, parts);
		}
		return valueText(owner, feature, value);
	}

	public String valueText(EObject owner, EStructuralFeature feature, Object value) {
		if (value == null) {
			return ""; //$NON-NLS-1$
		}
		if (value instanceof Boolean flag) {
			return flag ? CHECK_MARK : ""; //$NON-NLS-1$
		}
		if (value instanceof io.sekisho.model.facility.Named named) {
			return named.getName() == null ? "" : named.getName(); //$NON-NLS-1$
		}
		if (value instanceof EObject reference) {
			IItemLabelProvider labels = (IItemLabelProvider) adapterFactory.adapt(reference, IItemLabelProvider.class);
			return labels != null ? labels.getText(reference) : reference.toString();
		}
		if (value instanceof org.eclipse.emf.common.util.Enumerator literal) {
			// the label of a literal depends on the feature only: asked once, not for every cell of a large table
			String known = literalLabels.computeIfAbsent(feature, f -> new java.util.HashMap<>()).get(literal);
			if (known != null) {
				return known;
			}
			IItemPropertyDescriptor descriptor = descriptor(owner, feature);
			if (descriptor != null) {
				String label = descriptor.getLabelProvider(owner).getText(value);
				literalLabels.get(feature).put(literal, label);
				return label;
			}
		}
		if (feature instanceof EAttribute attribute && !(value instanceof String)) {
			return EcoreUtil.convertToString(attribute.getEAttributeType(), value);
		}
		return value.toString();
	}

	/** @return the choices of an enum or reference feature (references: the item provider's choice of values) */
	public List<Object> choices(EObject owner, EStructuralFeature feature) {
		List<Object> result = new ArrayList<>();
		if (feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum eenum) {
			for (EEnumLiteral literal : eenum.getELiterals()) {
				result.add(literal.getInstance());
			}
			return result;
		}
		IItemPropertyDescriptor descriptor = descriptor(owner, feature);
		if (descriptor != null) {
			Collection<?> values = descriptor.getChoiceOfValues(owner);
			if (values != null) {
				result.addAll(values);
			}
		}
		return result;
	}

	public boolean hasChoices(EStructuralFeature feature) {
		return feature instanceof EReference
				|| feature instanceof EAttribute attribute && attribute.getEAttributeType() instanceof EEnum;
	}

	public boolean isBoolean(EStructuralFeature feature) {
		Class<?> type = feature.getEType().getInstanceClass();
		return type == boolean.class || type == Boolean.class;
	}

	/**
	 * Parses typed text into the value of an attribute (a list for many-valued attributes, separated by commas).
	 *
	 * @throws IllegalArgumentException with a message naming the column when the text is not a valid value
	 */
	public Object parse(EObject owner, EStructuralFeature feature, String text, String columnName) {
		if (!(feature instanceof EAttribute attribute)) {
			return parseChoice(owner, feature, text, columnName);
		}
		if (attribute.getEAttributeType() instanceof EEnum) {
			return parseChoice(owner, feature, text, columnName);
		}
		if (feature.isMany()) {
			List<Object> values = new ArrayList<>();
			for (String part : text.split("[,;\\s]+")) { //$NON-NLS-1$
				if (!part.isBlank()) {
					values.add(parseSingle(attribute.getEAttributeType(), part.strip(), columnName));
				}
			}
			return values;
		}
		return text.isBlank() ? defaultValue(attribute) : parseSingle(attribute.getEAttributeType(), text.strip(), columnName);
	}

	private Object defaultValue(EAttribute attribute) {
		return attribute.getEAttributeType().getInstanceClass() == String.class ? "" : attribute.getDefaultValue(); //$NON-NLS-1$
	}

	private Object parseSingle(EDataType type, String text, String columnName) {
		if (type.getInstanceClass() == String.class) {
			return text;
		}
		if (type.getInstanceClass() == boolean.class || type.getInstanceClass() == Boolean.class) {
			return parseBoolean(text, columnName);
		}
		if (type.getInstanceClass() == java.time.LocalDate.class) {
			try {
				return io.sekisho.core.time.StrictDates.parse(text); // the one strict parser: 令和7年6月30日, 2025/6/30, …
			} catch (io.sekisho.core.time.StrictDates.DateFormatException e) {
				throw new IllegalArgumentException(columnName + ": " + e.getMessage(), e); //$NON-NLS-1$
			}
		}
		try {
			return EcoreUtil.createFromString(type, text);
		} catch (RuntimeException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Value_invalid, new Object[] { text, columnName, type.getName() }), e);
		}
	}

	private static Boolean parseBoolean(String text, String columnName) {
		String t = text.strip().toLowerCase(java.util.Locale.ROOT);
		if (List.of("true", "yes", "y", "1", "はい", "有", "あり", "○", "〇", CHECK_MARK).contains(t)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$
			return Boolean.TRUE;
		}
		if (List.of("false", "no", "n", "0", "いいえ", "無", "なし", "×", "-", "").contains(t)) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
			return Boolean.FALSE;
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Value_invalid, new Object[] { text, columnName, "yes/no" })); //$NON-NLS-1$
	}

	/** Matches typed text against the labels and names of the choices (case-insensitive). */
	private Object parseChoice(EObject owner, EStructuralFeature feature, String text, String columnName) {
		if (text.isBlank()) {
			return feature instanceof EReference ? null : ((EAttribute) feature).getDefaultValue();
		}
		for (Object choice : choices(owner, feature)) {
			if (choice == null) {
				continue;
			}
			String label = valueText(owner, feature, choice);
			String name = choice instanceof org.eclipse.emf.common.util.Enumerator e ? e.getName() : label;
			if (label.equalsIgnoreCase(text.strip()) || name.equalsIgnoreCase(text.strip())) {
				return choice;
			}
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Value_noSuchChoice, text, columnName));
	}

	private IItemPropertyDescriptor descriptor(EObject owner, EStructuralFeature feature) {
		IItemPropertySource source = (IItemPropertySource) adapterFactory.adapt(owner, IItemPropertySource.class);
		return source == null ? null : source.getPropertyDescriptor(owner, feature);
	}
}
