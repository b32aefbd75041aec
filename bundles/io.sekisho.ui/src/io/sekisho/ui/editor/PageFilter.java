package io.sekisho.ui.editor;

import java.util.Objects;
import java.util.function.Predicate;

import org.eclipse.emf.ecore.EClass;
import org.eclipse.emf.ecore.EObject;

/**
 * "Show this page, narrowed to these elements": what a link from elsewhere (the overview's dashboard, for example)
 * asks of a page through {@link FacilityEditorContext#showPage(String, PageFilter)}. A page that lists elements of
 * {@link #type()} shows only those the filter {@linkplain #accepts(EObject) accepts}, says so with
 * {@link #label()}, and offers to show everything again.
 *
 * @param type   the kind of element the filter narrows (a page with several tables applies it to the table of this kind)
 * @param label  what the filter keeps, in the user's language, e.g. 「重要度: 高」 or 「期限切れ」
 * @param test   true for the elements to keep; only asked about elements of {@code type}
 */
public record PageFilter(EClass type, String label, Predicate<? super EObject> test) {

	public PageFilter {
		Objects.requireNonNull(type);
		Objects.requireNonNull(label);
		Objects.requireNonNull(test);
	}

	/** @return true when {@code element} is of the filter's type and passes its test */
	public boolean accepts(EObject element) {
		return element != null && type.isInstance(element) && test.test(element);
	}

	/** @return true when the filter narrows rows of {@code rowType} (the type itself or a subtype of it) */
	public boolean narrows(EClass rowType) {
		return type == rowType || type.isSuperTypeOf(rowType) || rowType.isSuperTypeOf(type);
	}
}
