package io.sekisho.firmware.tests;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The command line of a plain JVM that can run the importer outside OSGi: the code sources of the classes it
 * needs (this bundle and its fragments, Jackson, H2, the OSGi NLS class).
 */
final class ChildJvm {
	private ChildJvm() {
	}

	static List<String> command(Class<?> main, String... args) {
		Set<String> classpath = new LinkedHashSet<>();
		for (Class<?> c : new Class<?>[] { main, io.sekisho.firmware.vuln.store.StoreImporter.class,
				com.fasterxml.jackson.core.JsonFactory.class, org.h2.mvstore.MVStore.class,
				org.eclipse.osgi.util.NLS.class }) {
			classpath.add(location(c));
		}
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.add("-Xmx256m");
		command.add("-cp");
		command.add(String.join(java.io.File.pathSeparator, classpath));
		command.add(main.getName());
		command.addAll(List.of(args));
		return command;
	}

	private static String location(Class<?> c) {
		try {
			return Path.of(c.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
		} catch (URISyntaxException | NullPointerException e) {
			throw new IllegalStateException("no code source for " + c, e);
		}
	}
}
