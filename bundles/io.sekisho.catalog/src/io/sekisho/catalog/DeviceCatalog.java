package io.sekisho.catalog;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.eclipse.core.runtime.IConfigurationElement;
import org.eclipse.core.runtime.IExtensionRegistry;
import org.eclipse.core.runtime.ContributorFactoryOSGi;
import org.eclipse.core.runtime.RegistryFactory;
import org.osgi.framework.Bundle;

import io.sekisho.catalog.internal.CatalogReader;

/**
 * The device catalogs contributed through {@value #POINT}: the products Sekisho knows, for picking a model, for
 * identifying firmware, for the default-credential checks and for end-of-support warnings. Read once per
 * registry; a broken contribution is left out and named in {@link #problems()}.
 */
public final class DeviceCatalog {

	public static final String POINT = "io.sekisho.catalog.devices"; //$NON-NLS-1$

	private static final List<String> BUILTIN = List.of("catalog/network-products.xml", //$NON-NLS-1$
			"catalog/medical-devices.xml", "catalog/building-iot.xml"); //$NON-NLS-1$ //$NON-NLS-2$
	private static final String SELF = "io.sekisho.catalog"; //$NON-NLS-1$

	private static volatile DeviceCatalog platform;

	private final List<CatalogEntry> entries;
	private final Map<String, CatalogEntry> byKey = new LinkedHashMap<>();
	private final List<String> problems;

	private DeviceCatalog(List<CatalogEntry> entries, List<String> problems) {
		this.entries = List.copyOf(entries);
		this.problems = List.copyOf(problems);
		for (CatalogEntry e : entries) {
			byKey.putIfAbsent(key(e.vendor(), e.model()), e);
			byKey.putIfAbsent(key(e.vendorJa(), e.model()), e);
			byKey.putIfAbsent(key(e.vendor(), e.modelJa()), e);
			for (CatalogEntry.Alias a : e.aliases()) {
				byKey.putIfAbsent(key(a.vendor(), a.model()), e);
			}
		}
	}

	/** The catalogs of the running platform, read once. */
	public static DeviceCatalog fromPlatform() {
		DeviceCatalog c = platform;
		if (c == null) {
			IExtensionRegistry registry = RegistryFactory.getRegistry();
			c = registry == null ? builtin() : fromRegistry(registry);
			platform = c;
		}
		return c;
	}

	public static DeviceCatalog fromRegistry(IExtensionRegistry registry) {
		List<CatalogEntry> entries = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (IConfigurationElement element : registry.getConfigurationElementsFor(POINT)) {
			String contributor = element.getContributor().getName();
			String file = element.getAttribute("file"); //$NON-NLS-1$
			String source = contributor + "/" + file; //$NON-NLS-1$
			URL url = file == null ? null : entry(ContributorFactoryOSGi.resolve(element.getContributor()), file);
			if (url == null) {
				problems.add(CatalogReader.unreadable(source, new IOException("not found")).getMessage()); //$NON-NLS-1$
				continue;
			}
			read(url, source, contributor, entries, problems);
		}
		return new DeviceCatalog(entries, problems);
	}

	/** Sekisho's own catalogs from the class path (tests outside OSGi, benchmarks). */
	public static DeviceCatalog builtin() {
		List<CatalogEntry> entries = new ArrayList<>();
		List<String> problems = new ArrayList<>();
		for (String file : BUILTIN) {
			read(DeviceCatalog.class.getResource("/" + file), SELF + "/" + file, SELF, entries, problems); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new DeviceCatalog(entries, problems);
	}

	/** A catalog of exactly these files (tests, vendor tools). */
	public static DeviceCatalog of(Collection<CatalogEntry> entries) {
		return new DeviceCatalog(new ArrayList<>(entries), List.of());
	}

	/** The file in the bundle or one of its fragments (getEntry does not see fragments). */
	private static URL entry(Bundle bundle, String file) {
		if (bundle == null) {
			return null;
		}
		int slash = file.lastIndexOf('/');
		var found = bundle.findEntries(slash < 0 ? "/" : file.substring(0, slash), file.substring(slash + 1), false); //$NON-NLS-1$
		return found != null && found.hasMoreElements() ? found.nextElement() : null;
	}

	private static void read(URL url, String source, String contributor, List<CatalogEntry> into, List<String> problems) {
		try (InputStream in = url.openStream()) {
			into.addAll(CatalogReader.read(in, source, contributor));
		} catch (IOException e) {
			problems.add(CatalogReader.unreadable(source, e).getMessage());
		} catch (CatalogFormatException e) {
			problems.add(e.getMessage());
		}
	}

	public List<CatalogEntry> all() {
		return entries;
	}

	/**
	 * The product a device's manufacturer and model name, ignoring case, width, spaces and hyphens; OEM and older
	 * names included ("NTT西日本" "Biz Box ルータ NVR510" finds YAMAHA NVR510).
	 */
	public Optional<CatalogEntry> find(String manufacturer, String model) {
		if (manufacturer == null || model == null) {
			return Optional.empty();
		}
		return Optional.ofNullable(byKey.get(key(manufacturer, model)));
	}

	/** The products whose vendor or model contains {@code text} (the picker's filter). */
	public List<CatalogEntry> search(String text) {
		String t = normal(text);
		return entries.stream().filter(e -> normal(e.vendor() + e.vendorJa() + e.model() + e.modelJa()).contains(t)).toList();
	}

	/** Every published default password with the products it belongs to. */
	public List<DefaultCredential> defaultCredentials() {
		List<DefaultCredential> out = new ArrayList<>();
		for (CatalogEntry e : entries) {
			for (DefaultAccount a : e.accounts()) {
				a.password().filter(p -> !p.isEmpty())
						.ifPresent(p -> out.add(new DefaultCredential(p, e.vendor(), e.vendorJa(), e.model(), e.modelJa())));
			}
		}
		return out;
	}

	/** The documented default service accounts whose name is {@code userName} (ignoring case). */
	public List<CatalogEntry> serviceAccountsNamed(String userName) {
		if (userName == null || userName.isBlank()) {
			return List.of();
		}
		String u = userName.strip().toLowerCase(Locale.ROOT);
		return entries.stream().filter(e -> e.accounts().stream()
				.anyMatch(a -> a.service() && a.userName().map(n -> n.toLowerCase(Locale.ROOT).equals(u)).orElse(false)))
				.toList();
	}

	public List<String> problems() {
		return problems;
	}

	private static String key(String vendor, String model) {
		return normal(vendor) + "\u0000" + normal(model); //$NON-NLS-1$
	}

	/** NFKC (full-width to half-width), lower case, without spaces, hyphens, underscores and dots. */
	static String normal(String s) {
		String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
		StringBuilder b = new StringBuilder(n.length());
		for (int i = 0; i < n.length(); i++) {
			char c = n.charAt(i);
			if (!Character.isWhitespace(c) && c != '-' && c != '_' && c != '.' && c != '\u30FB') {
				b.append(c);
			}
		}
		return b.toString();
	}
}
