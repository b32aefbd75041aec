package io.sekisho.ui.internal.editor;

import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.jface.resource.ImageDescriptor;
import org.eclipse.jface.resource.ResourceLocator;

import io.sekisho.ui.editor.FacilityPage;

/**
 * One {@code page} element of the extension point {@code io.sekisho.ui.editorPages}.
 *
 * @param bundle the symbolic name of the contributing bundle, as the registry names it (a fragment's host)
 */
record PageContribution(String id, String label, int order, String icon, String bundle, IConfigurationElement element) {

	/** Pages without an order come after the built-in and module pages. */
	static final int DEFAULT_ORDER = 1000;

	/**
	 * Creates the page object (the constructor of the contributed class runs here).
	 *
	 * @throws CoreException when the class is missing, cannot be created or is no {@link FacilityPage}
	 */
	FacilityPage create() throws CoreException {
		Object page = element.createExecutableExtension("class"); //$NON-NLS-1$
		if (page instanceof FacilityPage facilityPage) {
			return facilityPage;
		}
		throw new CoreException(org.eclipse.core.runtime.Status.error(
				page.getClass().getName() + " does not extend " + FacilityPage.class.getName())); //$NON-NLS-1$
	}

	Optional<ImageDescriptor> image() {
		return icon == null || icon.isBlank() ? Optional.empty() : ResourceLocator.imageDescriptorFromBundle(bundle, icon);
	}
}
