package io.sekisho.netmap.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

import io.sekisho.core.registry.ContributionCache;
import io.sekisho.netmap.internal.Messages;

/**
 * The rules contributed through {@code io.sekisho.netmap.rules}. A contribution whose class is missing or of the
 * wrong type is named with its bundle in {@link #problems()} and skipped; a second rule with an id already taken is
 * skipped too.
 */
public final class RuleRegistry {

	public static final String EXTENSION_POINT = "io.sekisho.netmap.rules"; //$NON-NLS-1$

	private final Map<String, RuleDescriptor> rules = new LinkedHashMap<>();
	private final List<String> problems = new ArrayList<>();

	private RuleRegistry() {
	}

	private static final ContributionCache<RuleRegistry> PLATFORM = new ContributionCache<>(EXTENSION_POINT, RuleRegistry::from,
			of(List.of()));

	/** @return the rules of the running platform, read once (again after a bundle adds or removes one) */
	public static RuleRegistry fromPlatform() {
		return PLATFORM.get();
	}

	public static RuleRegistry from(IExtensionRegistry registry) {
		RuleRegistry result = new RuleRegistry();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			String contributor = element.getContributor().getName();
			if (id == null || id.isBlank()) {
				result.problems.add(NLS.bind(Messages.Rules_noId, contributor));
				continue;
			}
			if (result.rules.containsKey(id)) {
				result.problems.add(NLS.bind(Messages.Rules_duplicate, id, contributor));
				continue;
			}
			try {
				NetworkRule rule = (NetworkRule) element.createExecutableExtension("class"); //$NON-NLS-1$
				result.rules.put(id, new RuleDescriptor(id, RuleSeverity.parse(element.getAttribute("severity")), //$NON-NLS-1$
						element.getAttribute("name"), element.getAttribute("description"), contributor, rule)); //$NON-NLS-1$ //$NON-NLS-2$
			} catch (CoreException | ClassCastException | LinkageError e) {
				result.problems.add(NLS.bind(Messages.Rules_cannotCreate, new Object[] { id, contributor, String.valueOf(e.getMessage()) }));
			}
		}
		return result;
	}

	/** For tools and benchmarks outside OSGi: exactly these rules. */
	public static RuleRegistry of(List<RuleDescriptor> descriptors) {
		RuleRegistry result = new RuleRegistry();
		descriptors.forEach(d -> result.rules.putIfAbsent(d.id(), d));
		return result;
	}

	public List<RuleDescriptor> rules() {
		return List.copyOf(rules.values());
	}

	public RuleDescriptor rule(String id) {
		return rules.get(id);
	}

	/** @return contributions that could not be used; empty when all is well */
	public List<String> problems() {
		return List.copyOf(problems);
	}
}
