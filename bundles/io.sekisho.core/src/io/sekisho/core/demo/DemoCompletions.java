package io.sekisho.core.demo;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

import io.sekisho.model.facility.FacilityWorkbook;

/**
 * Runs the completions of {@code io.sekisho.core.demoCompletions} on a new demo. Without a platform (plain unit
 * tests, benchmarks) there are none. A completion that fails is skipped and named in {@link #problems()}.
 */
final class DemoCompletions {

	static final String EXTENSION_POINT = "io.sekisho.core.demoCompletions"; //$NON-NLS-1$

	private static final List<String> PROBLEMS = new ArrayList<>();

	private DemoCompletions() {
	}

	static void apply(FacilityWorkbook demo) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return;
		}
		List<IConfigurationElement> elements = new ArrayList<>(List.of(registry.getConfigurationElementsFor(EXTENSION_POINT)));
		elements.sort(Comparator.comparingInt(DemoCompletions::order).thenComparing(e -> String.valueOf(e.getAttribute("id")))); //$NON-NLS-1$
		for (IConfigurationElement element : elements) {
			try {
				((DemoCompletion) element.createExecutableExtension("class")).complete(demo); //$NON-NLS-1$
			} catch (Exception | LinkageError e) {
				synchronized (PROBLEMS) {
					PROBLEMS.add(element.getContributor().getName() + ": " + element.getAttribute("id") + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				}
			}
		}
	}

	private static int order(IConfigurationElement element) {
		try {
			String order = element.getAttribute("order"); //$NON-NLS-1$
			return order == null ? 0 : Integer.parseInt(order.trim());
		} catch (NumberFormatException e) {
			return 0;
		}
	}

	/** @return completions that failed since the start, with their bundle */
	static List<String> problems() {
		synchronized (PROBLEMS) {
			return List.copyOf(PROBLEMS);
		}
	}
}
