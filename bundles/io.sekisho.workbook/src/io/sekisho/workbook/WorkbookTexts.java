package io.sekisho.workbook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

/**
 * The texts written into a workbook (sheet names, headers, labels) in the language chosen for that export. NLS
 * message classes follow the JVM locale, but a Japanese integrator may export an English workbook, so these
 * texts come from properties files loaded for an explicit language: {@code NAME.properties} (English) overlaid
 * by {@code NAME_ja.properties}. Contributors load their own files with {@link #load(Class, String, WorkbookLanguage)}.
 */
public final class WorkbookTexts {

	private final Properties texts;
	private final String source;
	private final WorkbookLanguage language;

	private WorkbookTexts(Properties texts, String source, WorkbookLanguage language) {
		this.texts = texts;
		this.source = source;
		this.language = language;
	}

	/**
	 * @param owner a class next to the properties files
	 * @param baseName the file name without language suffix and extension, e.g. "sheets"
	 */
	public static WorkbookTexts load(Class<?> owner, String baseName, WorkbookLanguage language) {
		Properties texts = new Properties();
		read(owner, baseName + ".properties", texts, true); //$NON-NLS-1$
		if (language != WorkbookLanguage.EN) {
			read(owner, baseName + "_" + language.locale().getLanguage() + ".properties", texts, false); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return new WorkbookTexts(texts, owner.getPackageName() + "." + baseName, language); //$NON-NLS-1$
	}

	private static void read(Class<?> owner, String file, Properties into, boolean required) {
		try (InputStream in = owner.getResourceAsStream(file)) {
			if (in == null) {
				if (required) {
					throw new IllegalStateException("missing texts " + owner.getPackageName() + "/" + file); //$NON-NLS-1$ //$NON-NLS-2$
				}
				return;
			}
			into.load(in); // ISO-8859-1 with \\u escapes, like every .properties file of Sekisho
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** @return the language these texts are in */
	public WorkbookLanguage language() {
		return language;
	}

	/** @return the text of {@code key}; a missing key is a programming error and fails loudly */
	public String get(String key) {
		String value = texts.getProperty(key);
		if (value == null) {
			throw new IllegalArgumentException("no text " + key + " in " + source); //$NON-NLS-1$ //$NON-NLS-2$
		}
		return value;
	}

	/** @return the text of {@code key} with {0}, {1} ... replaced */
	public String bind(String key, Object... arguments) {
		return NLS.bind(get(key), arguments);
	}

	/** @return whether a text exists for {@code key} (e.g. an optional per-enum label) */
	public boolean has(String key) {
		return texts.containsKey(key);
	}
}
