package io.sekisho.workbook.internal.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.emf.common.util.Enumerator;

import io.sekisho.model.facility.provider.SekishoEditPlugin;
import io.sekisho.workbook.WorkbookLanguage;

/**
 * The labels of the facility model's enum literals as the rich client shows them: read from io.sekisho.model.edit's
 * plugin.properties / plugin_ja.properties (the one place for them) in the workbook's language, which need not be
 * the JVM's.
 */
final class ModelLabels {

	private static final Map<WorkbookLanguage, Properties> LOADED = new ConcurrentHashMap<>();

	private ModelLabels() {
	}

	/** @return the label of a literal, or {@code null} when model.edit has none */
	static String label(WorkbookLanguage language, Enum<?> literal) {
		String name = literal instanceof Enumerator e ? e.getName() : literal.name();
		String key = "_UI_" + literal.getDeclaringClass().getSimpleName() + "_" + name + "_literal"; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		return LOADED.computeIfAbsent(language, ModelLabels::load).getProperty(key);
	}

	private static Properties load(WorkbookLanguage language) {
		Properties labels = new Properties();
		read("plugin.properties", labels); //$NON-NLS-1$
		if (language != WorkbookLanguage.EN) {
			read("plugin_" + language.locale().getLanguage() + ".properties", labels); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return labels;
	}

	private static void read(String file, Properties into) {
		try {
			URL url = new URI(SekishoEditPlugin.INSTANCE.getBaseURL().toString() + file).toURL();
			try (InputStream in = url.openStream()) {
				into.load(in);
			}
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		} catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}
}
