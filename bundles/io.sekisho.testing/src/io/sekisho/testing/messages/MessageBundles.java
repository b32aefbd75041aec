package io.sekisho.testing.messages;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Assertions;
import org.osgi.framework.Bundle;

/**
 * The one completeness check of Sekisho's texts: every {@code NAME.properties} / {@code NAME_ja.properties} pair of a
 * bundle (NLS messages*.properties anywhere in it, plugin*.properties at its root, and any other pair) has the same
 * keys in both languages, no empty value, and the same {0}-style placeholders in each text. A messages or plugin file
 * without its other language is a problem too. Test fragments call {@link #assertComplete(Bundle...)}.
 */
public final class MessageBundles {

	private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)[^}]*\\}"); //$NON-NLS-1$
	private static final String JA = "_ja.properties"; //$NON-NLS-1$
	private static final String PROPERTIES = ".properties"; //$NON-NLS-1$

	private MessageBundles() {
	}

	/** Fails with every problem of every pair of the bundles, each line naming bundle, file and key. */
	public static void assertComplete(Bundle... bundles) {
		assertComplete(Set.of(), bundles);
	}

	/**
	 * Like {@link #assertComplete(Bundle...)}, with problems that are intended (a Japanese text that shows the
	 * Reiwa year where the English one shows the Gregorian year, a label that is empty on purpose), given exactly as
	 * they are reported; each of them must still occur, so the list cannot outlive its reasons.
	 */
	public static void assertComplete(Set<String> intended, Bundle... bundles) {
		List<String> problems = new ArrayList<>();
		int pairs = 0;
		// the same bundle given twice (host and fragment class loaders) is checked once
		bundles = java.util.Arrays.stream(bundles).distinct().toArray(Bundle[]::new);
		for (Bundle bundle : bundles) {
			Map<String, URL> files = propertiesFiles(bundle);
			for (Map.Entry<String, URL> file : files.entrySet()) {
				String path = file.getKey();
				if (path.endsWith(JA)) {
					String base = path.substring(0, path.length() - JA.length()) + PROPERTIES;
					if (!files.containsKey(base)) {
						problems.add(bundle.getSymbolicName() + "/" + path + ": no English " + base); //$NON-NLS-1$ //$NON-NLS-2$
					}
					continue;
				}
				String ja = path.substring(0, path.length() - PROPERTIES.length()) + JA;
				if (files.containsKey(ja)) {
					pairs++;
					problems.addAll(problems(bundle.getSymbolicName() + "/" + path, load(file.getValue()), load(files.get(ja)))); //$NON-NLS-1$
				} else if (isText(path)) {
					problems.add(bundle.getSymbolicName() + "/" + path + ": no Japanese " + ja); //$NON-NLS-1$ //$NON-NLS-2$
				}
			}
		}
		Assertions.assertTrue(pairs > 0, "no messages/plugin properties pair found in the bundles"); //$NON-NLS-1$
		List<String> stale = intended.stream().filter(i -> !problems.contains(i)).sorted().toList();
		problems.removeAll(intended);
		Assertions.assertEquals(List.of(), problems, problems.size() + " problems in " + pairs + " pairs"); //$NON-NLS-1$ //$NON-NLS-2$
		Assertions.assertEquals(List.of(), stale, "intended differences that no longer occur: remove them from the list"); //$NON-NLS-1$
	}

	/** @return the problems of one pair: keys in one language only, empty texts, placeholders that differ */
	public static List<String> problems(String name, Properties en, Properties ja) {
		List<String> problems = new ArrayList<>();
		Set<String> keys = new TreeSet<>(en.stringPropertyNames());
		keys.addAll(ja.stringPropertyNames());
		for (String key : keys) {
			String english = en.getProperty(key);
			String japanese = ja.getProperty(key);
			if (english == null || japanese == null) {
				problems.add(name + ": " + key + (english == null ? " only in Japanese" : " missing in Japanese")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
				continue;
			}
			if (english.isEmpty() || japanese.isEmpty()) { // a space (U+0020, U+3000) may be the text
				problems.add(name + ": " + key + " is empty in " + (english.isEmpty() ? "English" : "Japanese")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
			Set<String> inEnglish = placeholders(english);
			Set<String> inJapanese = placeholders(japanese);
			if (!inEnglish.equals(inJapanese)) {
				problems.add(name + ": " + key + " has placeholders " + inEnglish + " in English, " + inJapanese + " in Japanese"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			}
		}
		return problems;
	}

	static Set<String> placeholders(String text) {
		Set<String> found = new TreeSet<>();
		Matcher m = PLACEHOLDER.matcher(text);
		while (m.find()) {
			found.add("{" + m.group(1) + "}"); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return found;
	}

	/** NLS messages and plugin texts must come in both languages; other properties files (build, config) need not. */
	private static boolean isText(String path) {
		String file = path.substring(path.lastIndexOf('/') + 1);
		return file.startsWith("messages") || file.startsWith("plugin") && !path.contains("/"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
	}

	/**
	 * The properties files of the bundle by their path as the class loader sees them: a bundle from the reactor is a
	 * project folder in Tycho's test runtime, so src/, src-gen/ and the output folders are mapped onto one path and
	 * build files, test inputs and copies in target/ are left out.
	 */
	static Map<String, URL> propertiesFiles(Bundle bundle) {
		Map<String, URL> files = new TreeMap<>();
		Enumeration<URL> entries = bundle.findEntries("/", "*.properties", true); //$NON-NLS-1$ //$NON-NLS-2$
		for (URL url : entries == null ? List.<URL>of() : Collections.list(entries)) {
			String path = url.getPath().replaceFirst("^/", ""); //$NON-NLS-1$ //$NON-NLS-2$
			for (String prefix : new String[] { "target/classes/", "bin/", "src-gen/", "src/" }) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
				if (path.startsWith(prefix)) {
					path = path.substring(prefix.length());
					break;
				}
			}
			if (path.startsWith("target/") || path.startsWith("fuzz/") || path.startsWith("resources/") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
					|| path.equals("build.properties") || path.startsWith("META-INF/")) { //$NON-NLS-1$ //$NON-NLS-2$
				continue;
			}
			files.putIfAbsent(path, url);
		}
		return files;
	}

	private static Properties load(URL url) {
		Properties p = new Properties();
		try (InputStream in = url.openStream()) {
			p.load(in);
		} catch (IOException e) {
			throw new UncheckedIOException(url.toString(), e);
		}
		return p;
	}
}
