package io.sekisho.netmap.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.util.Locale;
import java.util.Objects;
import java.util.Properties;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkUtil;

/**
 * A rule's name in a language other than the program's, for the handover workbook (written in its own language).
 * The registry translates a contribution's {@code name="%key"} once, in the program's language, and keeps no key;
 * so the key is found again in the contributing bundle's localization (its {@code Bundle-Localization} files, in
 * the bundle or its fragments) by the translated name in either language, and read in the wanted one. A name that is not
 * translated, or a rule outside OSGi, keeps its name as contributed.
 */
public final class RuleNames {

	private static final String DEFAULT_LOCALIZATION = "OSGI-INF/l10n/bundle"; //$NON-NLS-1$
	private static final String JAPANESE_SUFFIX = "_ja"; //$NON-NLS-1$
	private static final String PROPERTIES = ".properties"; //$NON-NLS-1$

	private RuleNames() {
	}

	/** @return the rule's name in {@code locale}'s language (Japanese, else English) */
	public static String name(RuleDescriptor rule, Locale locale) {
		Bundle contributor = rule.name() == null ? null : bundle(rule.contributor());
		if (contributor == null) {
			return rule.name();
		}
		String base = localizationBase(contributor);
		Properties english = load(contributor.getResource(base + PROPERTIES));
		Properties japanese = load(contributor.getResource(base + JAPANESE_SUFFIX + PROPERTIES));
		// the key whose text, in either language, is the name the registry gave
		for (String key : english.stringPropertyNames()) {
			if (rule.name().equals(english.getProperty(key)) || rule.name().equals(japanese.getProperty(key))) {
				return Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? japanese.getProperty(key, english.getProperty(key))
						: english.getProperty(key);
			}
		}
		return rule.name();
	}

	private static Bundle bundle(String symbolicName) {
		Bundle self = FrameworkUtil.getBundle(RuleNames.class);
		BundleContext context = self == null ? null : self.getBundleContext();
		if (context == null) {
			return null;
		}
		for (Bundle b : context.getBundles()) {
			if (Objects.equals(symbolicName, b.getSymbolicName())) {
				return b;
			}
		}
		return null;
	}

	private static String localizationBase(Bundle bundle) {
		String base = bundle.getHeaders("").get(Constants.BUNDLE_LOCALIZATION); //$NON-NLS-1$
		return base == null || base.isBlank() ? DEFAULT_LOCALIZATION : base.strip();
	}

	private static Properties load(URL url) {
		Properties result = new Properties();
		if (url != null) {
			try (InputStream in = url.openStream()) {
				result.load(in);
			} catch (IOException e) {
				// an unreadable localization leaves the names as contributed
			}
		}
		return result;
	}
}
