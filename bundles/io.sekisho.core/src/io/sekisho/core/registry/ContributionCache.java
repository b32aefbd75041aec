package io.sekisho.core.registry;

import java.util.function.Function;

import org.eclipse.core.runtime.IExtension;
import org.eclipse.core.runtime.IExtensionPoint;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.IRegistryEventListener;
import org.eclipse.core.runtime.RegistryFactory;

/**
 * What a registry class builds from one extension point, read once and kept until a bundle adds or removes a
 * contribution to that point (vendors installed while running, tests that add contributions). Thread-safe; several
 * threads may build it at the same time once, the last one wins.
 *
 * @param <T> the registry built from the extension point
 */
public final class ContributionCache<T> {

	private final String extensionPoint;
	private final Function<IExtensionRegistry, T> reader;
	private final T withoutPlatform;
	private volatile T value;
	private volatile IExtensionRegistry listening;

	/**
	 * @param extensionPoint  the full id of the point whose contributions {@code reader} reads
	 * @param reader          builds the registry from the platform's extension registry
	 * @param withoutPlatform what {@link #get()} returns outside OSGi (no extension registry)
	 */
	public ContributionCache(String extensionPoint, Function<IExtensionRegistry, T> reader, T withoutPlatform) {
		this.extensionPoint = extensionPoint;
		this.reader = reader;
		this.withoutPlatform = withoutPlatform;
	}

	/** @return the registry of the running platform, read at the first call and after each change of its point */
	public T get() {
		T current = value;
		if (current != null) {
			return current;
		}
		IExtensionRegistry registry = RegistryFactory.getRegistry();
		if (registry == null) {
			return withoutPlatform;
		}
		listen(registry);
		current = reader.apply(registry);
		value = current;
		return current;
	}

	/** Forgets the registry; the next {@link #get()} reads it again. */
	public void clear() {
		value = null;
	}

	private synchronized void listen(IExtensionRegistry registry) {
		if (listening == registry) {
			return;
		}
		registry.addListener(new IRegistryEventListener() {
			@Override
			public void added(IExtension[] extensions) {
				clear();
			}

			@Override
			public void removed(IExtension[] extensions) {
				clear();
			}

			@Override
			public void added(IExtensionPoint[] extensionPoints) {
				clear();
			}

			@Override
			public void removed(IExtensionPoint[] extensionPoints) {
				clear();
			}
		}, extensionPoint);
		listening = registry;
	}
}
