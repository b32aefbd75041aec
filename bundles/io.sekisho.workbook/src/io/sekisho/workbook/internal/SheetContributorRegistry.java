package io.sekisho.workbook.internal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;

import io.sekisho.core.registry.ContributionCache;
import io.sekisho.workbook.SheetContributor;

/**
 * The contributions to {@code io.sekisho.workbook.sheets} in the order they run. Broken contributions (no id, an
 * order that is not an integer, a duplicate id) are skipped and described in {@link #problems()}, so one vendor
 * bundle cannot stop the export.
 */
public final class SheetContributorRegistry {

	public static final String EXTENSION_POINT = "io.sekisho.workbook.sheets"; //$NON-NLS-1$

	/** One valid contribution. */
	public record Contribution(String id, int order, String contributor, IConfigurationElement element) {

		public SheetContributor create() throws CoreException {
			return (SheetContributor) element.createExecutableExtension("class"); //$NON-NLS-1$
		}
	}

	private final List<Contribution> contributions = new ArrayList<>();
	private final List<String> problems = new ArrayList<>();

	public SheetContributorRegistry(IExtensionRegistry registry) {
		Set<String> ids = new HashSet<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String contributor = element.getContributor().getName();
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String order = element.getAttribute("order"); //$NON-NLS-1$
			if (id == null || id.isBlank()) {
				problems.add(NLS.bind(Messages.Registry_noId, contributor));
				continue;
			}
			if (!ids.add(id)) {
				problems.add(NLS.bind(Messages.Registry_duplicate, id, contributor));
				continue;
			}
			try {
				contributions.add(new Contribution(id, Integer.parseInt(order == null ? "" : order.trim()), contributor, element)); //$NON-NLS-1$
			} catch (NumberFormatException e) {
				problems.add(NLS.bind(Messages.Registry_badOrder, new Object[] { order, id, contributor }));
			}
		}
		contributions.sort(Comparator.comparingInt(Contribution::order).thenComparing(Contribution::id));
	}

	private static final ContributionCache<SheetContributorRegistry> PLATFORM = new ContributionCache<>(EXTENSION_POINT,
			SheetContributorRegistry::new, null);

	/** @return the sheets of the running platform, read once (again after a bundle adds or removes one) */
	public static SheetContributorRegistry fromPlatform() {
		SheetContributorRegistry registry = PLATFORM.get();
		return registry != null ? registry : new SheetContributorRegistry(RegistryFactory.getRegistry());
	}

	/** @return the valid contributions, by ascending order then id */
	public List<Contribution> contributions() {
		return List.copyOf(contributions);
	}

	/** @return one message per skipped contribution */
	public List<String> problems() {
		return List.copyOf(problems);
	}
}
