package io.sekisho.ui.emf;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

import org.eclipse.emf.common.notify.AdapterFactory;
import org.eclipse.emf.ecore.EAttribute;
import org.eclipse.emf.ecore.EDataType;
import org.eclipse.emf.ecore.EEnum;
import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.ecore.EStructuralFeature;
import org.eclipse.emf.ecore.util.EcoreUtil;
import org.eclipse.emf.edit.provider.IItemLabelProvider;
import org.eclipse.emf.edit.provider.IItemPropertyDescriptor;
import org.eclipse.emf.edit.provider.IItemPropertySource;
import org.eclipse.emf.edit.provider.IWrapperItemProvider;
import org.eclipse.emf.edit.provider.ItemPropertyDescriptor;
import org.eclipse.jface.viewers.CellEditor;
import org.eclipse.jface.viewers.CheckboxCellEditor;
import org.eclipse.jface.viewers.ComboBoxCellEditor;
import org.eclipse.jface.viewers.ICellEditorValidator;
import org.eclipse.jface.viewers.TextCellEditor;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.ui.views.properties.IPropertyDescriptor;
import org.eclipse.ui.views.properties.IPropertySource;
import org.eclipse.ui.views.properties.PropertyDescriptor;

import io.sekisho.ui.internal.labels.CodedValues;

/**
 * The Properties view's access to a model element through its item property descriptors (labels, categories and
 * descriptions from io.sekisho.model.edit). Setting a value goes through the descriptor, which executes a
 * SetCommand on the element's editing domain: property edits are undoable like every other edit.
 */
public class ItemPropertySource implements IPropertySource {

	private final Object object;
	private final IItemPropertySource itemPropertySource;
	private final AdapterFactory adapterFactory;

	public ItemPropertySource(Object object, IItemPropertySource itemPropertySource, AdapterFactory adapterFactory) {
		this.object = object;
		this.itemPropertySource = itemPropertySource;
		this.adapterFactory = adapterFactory;
	}

	@Override
	public Object getEditableValue() {
		return object;
	}

	@Override
	public IPropertyDescriptor[] getPropertyDescriptors() {
		List<IPropertyDescriptor> result = new ArrayList<>();
		for (IItemPropertyDescriptor item : itemPropertySource.getPropertyDescriptors(object)) {
			if (!CodedValues.hidden(item.getFeature(object))) { // no ids or fingerprints on screen
				result.add(new Descriptor(item));
			}
		}
		return result.toArray(IPropertyDescriptor[]::new);
	}

	@Override
	public Object getPropertyValue(Object id) {
		IItemPropertyDescriptor item = itemPropertySource.getPropertyDescriptor(object, id);
		Object value = item.getPropertyValue(object);
		if (value instanceof ItemPropertyDescriptor.PropertyValueWrapper wrapper) {
			value = wrapper.getEditableValue(object);
		}
		return value;
	}

	@Override
	public boolean isPropertySet(Object id) {
		return itemPropertySource.getPropertyDescriptor(object, id).isPropertySet(object);
	}

	@Override
	public void resetPropertyValue(Object id) {
		itemPropertySource.getPropertyDescriptor(object, id).resetPropertyValue(object);
	}

	@Override
	public void setPropertyValue(Object id, Object value) {
		itemPropertySource.getPropertyDescriptor(object, id).setPropertyValue(object, value);
	}

	/** Cell editors for the value kinds of the Sekisho model: text (with conversion), enums and references as choices, booleans. */
	private final class Descriptor extends PropertyDescriptor {
		private final IItemPropertyDescriptor item;

		Descriptor(IItemPropertyDescriptor item) {
			super(item.getId(object), item.getDisplayName(object));
			this.item = item;
			setCategory(item.getCategory(object));
			setDescription(item.getDescription(object));
			setLabelProvider(new org.eclipse.jface.viewers.LabelProvider() {
				@Override
				public String getText(Object element) {
					return displayText(item, element);
				}
			});
		}

		@Override
		public CellEditor createPropertyEditor(Composite parent) {
			Object feature = item.getFeature(object);
			if (!item.canSetProperty(object) || item.isMany(object) || CodedValues.named(feature)) {
				return null; // a code shown by its name is set by Sekisho, not typed
			}
			Collection<?> choices = item.getChoiceOfValues(object);
			if (feature instanceof EAttribute attribute && attribute.getEAttributeType().getInstanceClass() == boolean.class) {
				return new CheckboxCellEditor(parent);
			}
			if (choices != null || (feature instanceof EAttribute a && a.getEAttributeType() instanceof EEnum)) {
				return choiceEditor(parent, choices != null ? new ArrayList<>(choices) : enumLiterals((EAttribute) feature));
			}
			if (feature instanceof EAttribute attribute) {
				return textEditor(parent, attribute.getEAttributeType());
			}
			return null;
		}

		private List<Object> enumLiterals(EAttribute attribute) {
			List<Object> literals = new ArrayList<>();
			((EEnum) attribute.getEAttributeType()).getELiterals().forEach(l -> literals.add(l.getInstance()));
			return literals;
		}

		private CellEditor choiceEditor(Composite parent, List<Object> values) {
			String[] texts = values.stream().map(v -> displayText(item, v)).toArray(String[]::new);
			return new ComboBoxCellEditor(parent, texts, SWT.READ_ONLY) {
				@Override
				protected Object doGetValue() {
					Integer index = (Integer) super.doGetValue();
					return index != null && index >= 0 && index < values.size() ? values.get(index) : null;
				}

				@Override
				protected void doSetValue(Object value) {
					super.doSetValue(Integer.valueOf(values.indexOf(value)));
				}
			};
		}

		private CellEditor textEditor(Composite parent, EDataType type) {
			TextCellEditor editor = new TextCellEditor(parent) {
				@Override
				protected Object doGetValue() {
					String text = (String) super.doGetValue();
					if (type.getInstanceClass() == String.class) {
						return text;
					}
					if (text == null || text.isBlank()) {
						return null;
					}
					try {
						return EcoreUtil.createFromString(type, text.strip());
					} catch (RuntimeException e) {
						return null; // the validator has already refused it; the editor applies nothing
					}
				}

				@Override
				protected void doSetValue(Object value) {
					super.doSetValue(value == null ? "" : value instanceof String s ? s : EcoreUtil.convertToString(type, value)); //$NON-NLS-1$
				}
			};
			if (type.getInstanceClass() != String.class) {
				editor.setValidator(parseValidator(type));
			}
			return editor;
		}
	}

	/** The text editor hands the typed text to the validator: a value the data type cannot parse is refused with a message. */
	private static ICellEditorValidator parseValidator(EDataType type) {
		return text -> {
			if (text == null || text.toString().isBlank()) {
				return null;
			}
			try {
				EcoreUtil.createFromString(type, text.toString().strip());
				return null;
			} catch (RuntimeException e) {
				return org.eclipse.osgi.util.NLS.bind(io.sekisho.ui.internal.Messages.Property_invalidValue, text, type.getName());
			}
		};
	}

	private String displayText(IItemPropertyDescriptor item, Object value) {
		java.util.Optional<String> coded = CodedValues.text(item.getFeature(object), value);
		if (coded.isPresent()) { // はい / いいえ, 令和7年度版, 短すぎる: never true, mhlw-r7 or too-short
			return coded.get();
		}
		if (value instanceof EObject || value instanceof IWrapperItemProvider) {
			// text only: a label provider with its image registry per property would outlive the selection
			IItemLabelProvider provider = (IItemLabelProvider) adapterFactory.adapt(value, IItemLabelProvider.class);
			return provider != null ? provider.getText(value) : String.valueOf(value);
		}
		if (value instanceof EStructuralFeature) {
			return ((EStructuralFeature) value).getName();
		}
		return item.getLabelProvider(object).getText(value);
	}
}
