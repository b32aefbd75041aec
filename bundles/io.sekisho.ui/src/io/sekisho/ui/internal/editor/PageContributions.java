package io.sekisho.ui.internal.editor;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.ILog;
import org.eclipse.core.runtime.Platform;
import org.eclipse.core.runtime.Status;
import org.eclipse.osgi.util.NLS;

import io.sekisho.ui.internal.Messages;

/**
 * Reads the extension point {@code io.sekisho.ui.editorPages}: the pages of the facility editor in page order. Read
 * each time an editor opens, so pages of bundles installed or removed while the workbench runs are followed.
 */
final class PageContributions {

	static final String EXTENSION_POINT = "io.sekisho.ui.editorPages"; //$NON-NLS-1$

	private PageContributions() {
	}

	/** @return the well-formed contributions sorted by order, then id; malformed ones are logged and left out */
	static List<PageContribution> read() {
		List<PageContribution> pages = new ArrayList<>();
		for (IConfigurationElement element : Platform.getExtensionRegistry().getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"page".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String bundle = element.getContributor().getName();
			String id = element.getAttribute("id"); //$NON-NLS-1$
			if (id == null || id.isBlank() || element.getAttribute("class") == null) { //$NON-NLS-1$
				ILog.of(PageContributions.class).log(Status.error(NLS.bind(Messages.Pages_malformed, bundle)));
				continue;
			}
			String label = element.getAttribute("label"); //$NON-NLS-1$
			pages.add(new PageContribution(id, label == null || label.isBlank() ? id : label, order(element, bundle, id),
					element.getAttribute("icon"), bundle, element)); //$NON-NLS-1$
		}
		pages.sort(Comparator.comparingInt(PageContribution::order).thenComparing(PageContribution::id));
		return pages;
	}

	private static int order(IConfigurationElement element, String bundle, String id) {
		String text = element.getAttribute("order"); //$NON-NLS-1$
		if (text == null || text.isBlank()) {
			return PageContribution.DEFAULT_ORDER;
		}
		try {
			return Integer.parseInt(text.strip());
		} catch (NumberFormatException e) {
			ILog.of(PageContributions.class).log(Status.warning(NLS.bind(Messages.Pages_badOrder, new Object[] { id, bundle, text })));
			return PageContribution.DEFAULT_ORDER;
		}
	}

	/** Logs a page that could not be created, naming its bundle; the editor opens without it. */
	static void logBroken(PageContribution page, Throwable problem) {
		ILog.of(PageContributions.class).log(Status.error(NLS.bind(Messages.Pages_broken, new Object[] { page.id(), page.bundle(),
				problem.getMessage() == null ? problem.getClass().getName() : problem.getMessage() }), problem));
	}
}
