package io.sekisho.firmware.versions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * Reads the extension point {@code io.sekisho.firmware.versions}. A contribution whose class is missing or fails is
 * reported with its bundle and skipped; the other schemes keep working.
 */
final class VersionSchemeRegistry {

	static final String EXTENSION_POINT = "io.sekisho.firmware.versions"; //$NON-NLS-1$

	private VersionSchemeRegistry() {
	}

	/** @param problems collects one line per contribution that was skipped, naming its bundle */
	static Optional<VersionSchemes> read(List<String> problems) {
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return Optional.empty();
		}
		List<VersionSchemes.Entry> entries = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			if (!"scheme".equals(element.getName())) { //$NON-NLS-1$
				continue;
			}
			String id = element.getAttribute("id"); //$NON-NLS-1$
			try {
				Object scheme = element.createExecutableExtension("class"); //$NON-NLS-1$
				if (!(scheme instanceof VersionScheme versionScheme)) {
					problems.add(element.getContributor().getName() + ": " + id + ": not a VersionScheme"); //$NON-NLS-1$ //$NON-NLS-2$
					continue;
				}
				List<String> products = Arrays.stream(String.valueOf(element.getAttribute("products")).split("\\s+")) //$NON-NLS-1$ //$NON-NLS-2$
						.filter(s -> !s.isBlank()).toList();
				entries.add(new VersionSchemes.Entry(id, versionScheme, products, priority(element.getAttribute("priority")))); //$NON-NLS-1$
			} catch (CoreException | RuntimeException | LinkageError e) {
				problems.add(element.getContributor().getName() + ": " + id + ": " + e); //$NON-NLS-1$ //$NON-NLS-2$
			}
		}
		return entries.isEmpty() ? Optional.empty() : Optional.of(new VersionSchemes(entries, problems));
	}

	private static int priority(String value) {
		try {
			return value == null ? 0 : Integer.parseInt(value.trim());
		} catch (NumberFormatException e) {
			return 0;
		}
	}
}
