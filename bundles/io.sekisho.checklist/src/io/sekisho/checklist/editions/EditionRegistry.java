package io.sekisho.checklist.editions;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;

import io.sekisho.core.registry.ContributionCache;
import io.sekisho.checklist.catalog.Edition;
import io.sekisho.checklist.catalog.Item;
import io.sekisho.checklist.catalog.ItemMapping;
import io.sekisho.checklist.internal.Messages;

/**
 * The checklist editions contributed through io.sekisho.checklist.editions, ordered by fiscal year. A file that
 * does not load is reported in {@link #problems()} and the others still load: one broken vendor file must not hide
 * the official editions.
 */
public final class EditionRegistry {

	public static final String EXTENSION_POINT = "io.sekisho.checklist.editions"; //$NON-NLS-1$

	private final Map<String, Edition> editions = new LinkedHashMap<>();
	private final Map<String, String> sources = new LinkedHashMap<>();
	private final List<String> problems = new ArrayList<>();

	private EditionRegistry() {
	}

	private static final ContributionCache<EditionRegistry> PLATFORM = new ContributionCache<>(EXTENSION_POINT, EditionRegistry::from,
			new EditionRegistry());

	/** @return the editions of the running platform, read once (again after a bundle adds or removes one) */
	public static EditionRegistry fromPlatform() {
		return PLATFORM.get();
	}

	public static EditionRegistry from(IExtensionRegistry registry) {
		EditionRegistry result = new EditionRegistry();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(EXTENSION_POINT)) {
			result.load(element);
		}
		result.finish();
		return result;
	}

	/** For tools and tests that have the editions already. */
	public static EditionRegistry of(List<Edition> editions) {
		EditionRegistry result = new EditionRegistry();
		editions.forEach(e -> result.add(e, e.getId()));
		result.finish();
		return result;
	}

	private void load(IConfigurationElement element) {
		String file = element.getAttribute("file"); //$NON-NLS-1$
		String bundleName = element.getContributor().getName();
		String name = bundleName + "/" + file; //$NON-NLS-1$
		Bundle bundle = ContributorFactoryOSGi.resolve(element.getContributor());
		URL url = bundle == null || file == null ? null : find(bundle, file);
		if (url == null) {
			problems.add(NLS.bind(Messages.Edition_fileNotFound, name));
			return;
		}
		try (InputStream in = url.openStream()) {
			add(EditionLoader.load(in, name), name);
		} catch (EditionFormatException e) {
			problems.addAll(e.problems());
		} catch (IOException e) {
			problems.add(NLS.bind(Messages.Edition_unreadable, name, e.getMessage()));
		}
	}

	/** The file may sit in the contributing bundle or, for a contribution from a fragment, in one of its fragments. */
	private static URL find(Bundle bundle, String file) {
		URL url = bundle.getEntry(file);
		if (url != null) {
			return url;
		}
		int slash = file.lastIndexOf('/');
		String folder = slash < 0 ? "/" : file.substring(0, slash); //$NON-NLS-1$
		Enumeration<URL> found = bundle.findEntries(folder, file.substring(slash + 1), false);
		return found != null && found.hasMoreElements() ? found.nextElement() : null;
	}

	private void add(Edition edition, String source) {
		String previous = sources.putIfAbsent(edition.getId(), source);
		if (previous != null) {
			problems.add(NLS.bind(Messages.Edition_duplicateId, new Object[] { edition.getId(), previous, source }));
			return;
		}
		editions.put(edition.getId(), edition);
	}

	/** Sorts by fiscal year and checks the mappings against the predecessor editions, now that all are loaded. */
	private void finish() {
		List<Edition> sorted = new ArrayList<>(editions.values());
		sorted.sort(Comparator.comparingInt(Edition::getFiscalYear).thenComparing(Edition::getId));
		editions.clear();
		sorted.forEach(e -> editions.put(e.getId(), e));
		for (Edition edition : sorted) {
			Edition predecessor = edition.getPredecessorId() == null ? null : editions.get(edition.getPredecessorId());
			if (predecessor == null) {
				if (edition.getPredecessorId() != null) {
					problems.add(NLS.bind(Messages.Edition_predecessorMissing, edition.getId(), edition.getPredecessorId()));
				}
				continue;
			}
			for (ItemMapping mapping : edition.getMappings()) {
				if (Editions.item(predecessor, mapping.getFromItemId()).isEmpty()) {
					problems.add(NLS.bind(Messages.Edition_mappingSource,
							new Object[] { sources.get(edition.getId()), mapping.getFromItemId(), predecessor.getId() }));
				}
			}
		}
	}

	/** @return the editions, oldest fiscal year first */
	public List<Edition> all() {
		return List.copyOf(editions.values());
	}

	public Optional<Edition> find(String id) {
		return Optional.ofNullable(id == null ? null : editions.get(id));
	}

	/** @return the edition with the latest fiscal year */
	public Optional<Edition> latest() {
		List<Edition> all = all();
		return all.isEmpty() ? Optional.empty() : Optional.of(all.get(all.size() - 1));
	}

	/** @return the item, when both the edition and the item exist */
	public Optional<Item> item(String editionId, String itemId) {
		return find(editionId).flatMap(e -> Editions.item(e, itemId));
	}

	/** @return files that did not load, duplicate ids and mappings that point nowhere; empty when all is well */
	public List<String> problems() {
		return List.copyOf(problems);
	}
}
