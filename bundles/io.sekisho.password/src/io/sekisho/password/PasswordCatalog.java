package io.sekisho.password;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.RegistryFactory;
import org.eclipse.osgi.util.NLS;
import org.osgi.framework.Bundle;
import org.osgi.framework.FrameworkUtil;

import io.sekisho.catalog.DefaultCredential;
import io.sekisho.catalog.DeviceCatalog;
import io.sekisho.password.internal.Messages;
import io.sekisho.password.internal.WordLists;
import io.sekisho.password.internal.WordSet;

/**
 * The data the checker is configured with: the profiles and the default-credential catalog, from the extension
 * points io.sekisho.password.profiles and io.sekisho.password.defaults (or, outside OSGi, from this bundle's own
 * files).
 */
public final class PasswordCatalog {

	public static final String PROFILES_POINT = "io.sekisho.password.profiles"; //$NON-NLS-1$
	public static final String DEFAULTS_POINT = "io.sekisho.password.defaults"; //$NON-NLS-1$
	public static final String DEFAULT_PROFILE = "mhlw-2024"; //$NON-NLS-1$

	private static final List<String> BUILTIN_PROFILES = List.of("profiles/mhlw-2024.properties", //$NON-NLS-1$
			"profiles/mhlw-r7.properties", "profiles/nist-800-63b-4.properties"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final List<String> BUILTIN_DEFAULTS = List.of("defaults/generic.txt", "defaults/devices.txt"); //$NON-NLS-1$ //$NON-NLS-2$

	private final Map<String, PasswordProfile> profiles;
	private final String defaultProfileId;
	private final WordSet defaultCredentials;
	/** per word of {@link #defaultCredentials} (by position), the product it belongs to; null for the plain lists */
	private final List<DefaultCredential> origins;
	private final List<String> problems;

	private PasswordCatalog(Map<String, PasswordProfile> profiles, String defaultProfileId, Collection<String> defaults,
			DeviceCatalog devices, List<String> problems) {
		this.profiles = Map.copyOf(profiles);
		this.defaultProfileId = defaultProfileId;
		// the plain lists first: a word that is also a product's default ("admin") keeps the general message
		List<String> words = new ArrayList<>(defaults);
		List<DefaultCredential> from = new ArrayList<>(java.util.Collections.nCopies(words.size(), (DefaultCredential) null));
		for (DefaultCredential c : devices.defaultCredentials()) {
			words.add(c.password().toLowerCase(java.util.Locale.ROOT));
			from.add(c);
		}
		this.defaultCredentials = new WordSet(words);
		this.origins = java.util.Collections.unmodifiableList(from);
		List<String> all = new ArrayList<>(problems);
		all.addAll(devices.problems());
		this.problems = List.copyOf(all);
	}

	/** The bundled profiles and catalogs, read from the class path (benchmarks, plain Java). */
	public static PasswordCatalog builtin() {
		Map<String, PasswordProfile> profiles = new LinkedHashMap<>();
		for (String path : BUILTIN_PROFILES) {
			PasswordProfile p = readProfile(PasswordCatalog.class.getResource("/" + path), path); //$NON-NLS-1$
			profiles.put(p.id(), p);
		}
		List<String> defaults = new ArrayList<>();
		BUILTIN_DEFAULTS.forEach(path -> defaults.addAll(WordLists.bundled(path)));
		return new PasswordCatalog(profiles, DEFAULT_PROFILE, defaults, DeviceCatalog.builtin(), List.of());
	}

	public static PasswordCatalog fromPlatform() {
		return fromRegistry(RegistryFactory.getRegistry());
	}

	/**
	 * Reads every contribution. A broken contribution does not stop the others: it is left out and described in
	 * {@link #problems()}.
	 */
	public static PasswordCatalog fromRegistry(IExtensionRegistry registry) {
		Map<String, PasswordProfile> profiles = new LinkedHashMap<>();
		List<String> problems = new ArrayList<>();
		String defaultId = null;
		for (IConfigurationElement e : registry.getConfigurationElementsFor(PROFILES_POINT)) {
			String file = e.getAttribute("file"); //$NON-NLS-1$
			String source = e.getContributor().getName() + "/" + file; //$NON-NLS-1$
			try {
				PasswordProfile p = readProfile(entry(e, file), source);
				if (profiles.putIfAbsent(p.id(), p) != null) {
					problems.add(NLS.bind(Messages.Catalog_duplicateProfile, source, p.id()));
				} else if (defaultId == null && Boolean.parseBoolean(e.getAttribute("default"))) { //$NON-NLS-1$
					defaultId = p.id();
				}
			} catch (IllegalArgumentException ex) {
				problems.add(ex.getMessage());
			}
		}
		List<String> defaults = new ArrayList<>();
		for (IConfigurationElement e : registry.getConfigurationElementsFor(DEFAULTS_POINT)) {
			String file = e.getAttribute("file"); //$NON-NLS-1$
			String source = e.getContributor().getName() + "/" + file; //$NON-NLS-1$
			try (InputStream in = entry(e, file).openStream()) {
				defaults.addAll(WordLists.read(in));
			} catch (IOException | IllegalArgumentException ex) {
				problems.add(NLS.bind(Messages.Catalog_unreadable, source, ex.getMessage()));
			}
		}
		if (defaultId == null) {
			defaultId = profiles.containsKey(DEFAULT_PROFILE) ? DEFAULT_PROFILE : profiles.keySet().stream().findFirst().orElse(null);
		}
		return new PasswordCatalog(profiles, defaultId, defaults, DeviceCatalog.fromRegistry(registry), problems);
	}

	public Collection<PasswordProfile> profiles() {
		return profiles.values();
	}

	public Optional<PasswordProfile> profile(String id) {
		return Optional.ofNullable(profiles.get(id));
	}

	/** @throws IllegalArgumentException naming the unknown id and the known ones */
	public PasswordProfile requireProfile(String id) {
		PasswordProfile p = profiles.get(id);
		if (p == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Catalog_unknownProfile, id, String.join(", ", new java.util.TreeSet<>(profiles.keySet())))); //$NON-NLS-1$
		}
		return p;
	}

	public PasswordProfile defaultProfile() {
		return requireProfile(defaultProfileId);
	}

	/** The default passwords of the plain lists and of the device catalog (io.sekisho.catalog.devices). */
	public WordSet defaultCredentials() {
		return defaultCredentials;
	}

	/** The product a default password found at {@code position} of {@link #defaultCredentials()} belongs to. */
	public Optional<DefaultCredential> defaultOrigin(int position) {
		return position < 0 || position >= origins.size() ? Optional.empty() : Optional.ofNullable(origins.get(position));
	}

	/** Contributions that could not be read, one message each (file and reason). */
	public List<String> problems() {
		return problems;
	}

	public Set<String> profileIds() {
		return profiles.keySet();
	}

	private static URL entry(IConfigurationElement e, String file) {
		if (file == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Catalog_missingFile, e.getContributor().getName()));
		}
		Bundle self = FrameworkUtil.getBundle(PasswordCatalog.class);
		for (Bundle b : self.getBundleContext().getBundles()) {
			if (b.getSymbolicName().equals(e.getContributor().getName())) {
				// getEntry does not see a fragment's files; findEntries does (host plus fragments)
				var found = b.findEntries(parent(file), name(file), false);
				if (found != null && found.hasMoreElements()) {
					return found.nextElement();
				}
			}
		}
		throw new IllegalArgumentException(NLS.bind(Messages.Catalog_unreadable, e.getContributor().getName() + "/" + file, Messages.Catalog_notFound)); //$NON-NLS-1$
	}

	private static String parent(String path) {
		int slash = path.lastIndexOf('/');
		return slash < 0 ? "/" : path.substring(0, slash); //$NON-NLS-1$
	}

	private static String name(String path) {
		return path.substring(path.lastIndexOf('/') + 1);
	}

	private static PasswordProfile readProfile(URL url, String source) {
		if (url == null) {
			throw new IllegalArgumentException(NLS.bind(Messages.Catalog_unreadable, source, Messages.Catalog_notFound));
		}
		Properties p = new Properties();
		try (InputStream in = url.openStream()) {
			p.load(in);
		} catch (IOException ex) {
			throw new IllegalArgumentException(NLS.bind(Messages.Catalog_unreadable, source, ex.getMessage()), ex);
		}
		return PasswordProfile.parse(p, source);
	}
}
