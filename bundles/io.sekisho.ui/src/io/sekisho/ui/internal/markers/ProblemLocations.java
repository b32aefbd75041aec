package io.sekisho.ui.internal.markers;

import org.eclipse.emf.ecore.EObject;
import org.eclipse.emf.edit.provider.ComposedAdapterFactory;
import org.eclipse.emf.edit.provider.IItemLabelProvider;

import io.sekisho.model.facility.Named;

/**
 * The Problems view's location (場所) of a problem: the element as the editor names it, in the user's language
 * ("Administrator@EHR-SV01", "令和7年度版 医療機関確認用 2-⑥"), from the item providers of io.sekisho.model.edit. The
 * checks' element paths ({@code /checklistAssessments[mhlw-r7 hospital]/answers[2-⑥]}) stay for the command line,
 * where they are machine output; a person reading the Problems view gets no feature names, ids or enum literals.
 * Elements without an item provider (a contributed model) fall back to their name, then to the path.
 */
final class ProblemLocations implements AutoCloseable {

	private final ComposedAdapterFactory adapterFactory = new ComposedAdapterFactory(
			ComposedAdapterFactory.Descriptor.Registry.INSTANCE);

	String of(EObject element, String path) {
		if (adapterFactory.adapt(element, IItemLabelProvider.class) instanceof IItemLabelProvider labels) {
			String text = labels.getText(element);
			if (text != null && !text.isBlank()) {
				return text;
			}
		}
		if (element instanceof Named named && named.getName() != null && !named.getName().isBlank()) {
			return named.getName();
		}
		return path;
	}

	/** Removes the item providers from the elements they were adapted to. */
	@Override
	public void close() {
		adapterFactory.dispose();
	}
}
