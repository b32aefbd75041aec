package io.sekisho.checklist.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.eclipse.core.runtime.CoreException;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;

import io.sekisho.core.registry.ContributionCache;
import io.sekisho.checklist.internal.Messages;

/** The evaluators contributed through io.sekisho.checklist.evaluators, by edition and item id. */
public final class EvaluatorRegistry {

	public static final String EXTENSION_POINT = "io.sekisho.checklist.evaluators"; //$NON-NLS-1$

	/** One contributed evaluator with its id and the bundle that contributed it, for messages and tests. */
	public record Registered(String id, ItemEvaluator evaluator, String contributor) {
		public Registered(String id, ItemEvaluator evaluator) {
			this(id, evaluator, ""); //$NON-NLS-1$
		}
	}

	private final Map<String, List<Registered>> byItem = new HashMap<>();
	private final List<String> problems = new ArrayList<>();

	private EvaluatorRegistry() {
	}

	private static final ContributionCache<EvaluatorRegistry> PLATFORM = new ContributionCache<>(EXTENSION_POINT, EvaluatorRegistry::from,
			new EvaluatorRegistry());

	/** @return the evaluators of the running platform, created once (again after a bundle adds or removes one) */
	public static EvaluatorRegistry fromPlatform() {
		return PLATFORM.get();
	}

	public static EvaluatorRegistry from(IExtensionRegistry registry) {
		EvaluatorRegistry result = new EvaluatorRegistry();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			String id = element.getAttribute("id"); //$NON-NLS-1$
			try {
				ItemEvaluator evaluator = (ItemEvaluator) element.createExecutableExtension("class"); //$NON-NLS-1$
				for (IConfigurationElement item : element.getChildren("item")) { //$NON-NLS-1$
					result.add(item.getAttribute("edition"), item.getAttribute("id"), new Registered(id, evaluator, element.getContributor().getName())); //$NON-NLS-1$ //$NON-NLS-2$
				}
			} catch (CoreException | ClassCastException e) {
				result.problems.add(NLS.bind(Messages.Evaluator_cannotCreate, new Object[] { id, element.getContributor().getName(), e.getMessage() }));
			}
		}
		return result;
	}

	/** An evaluator bound to one item of one edition, as an &lt;item&gt; of the extension does. */
	public record Binding(String editionId, String itemId, Registered evaluator) {
	}

	/** For tools and benchmarks outside OSGi: a registry with exactly these evaluators. */
	public static EvaluatorRegistry of(List<Binding> bindings) {
		EvaluatorRegistry result = new EvaluatorRegistry();
		bindings.forEach(b -> result.add(b.editionId(), b.itemId(), b.evaluator()));
		return result;
	}

	private void add(String editionId, String itemId, Registered evaluator) {
		byItem.computeIfAbsent(key(editionId, itemId), k -> new ArrayList<>()).add(evaluator);
	}

	public List<Registered> evaluators(String editionId, String itemId) {
		return List.copyOf(byItem.getOrDefault(key(editionId, itemId), List.of()));
	}

	/** @return evaluators that could not be created; empty when all is well */
	public List<String> problems() {
		return List.copyOf(problems);
	}

	private static String key(String editionId, String itemId) {
		return editionId + '\u0000' + itemId;
	}
}
