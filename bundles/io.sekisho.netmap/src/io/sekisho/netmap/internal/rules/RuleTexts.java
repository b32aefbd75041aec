package io.sekisho.netmap.internal.rules;

import java.util.Locale;
import java.util.ResourceBundle;

import org.eclipse.osgi.util.NLS;

/**
 * The texts of the shipped rules' messages in the language the analysis asks for ({@code RuleContext#locale()}):
 * the handover workbook writes them in its own language, whatever the program's is. Read from rules.properties and
 * rules_ja.properties beside this class (not the NLS messages, which hold the program's language only).
 */
final class RuleTexts {

	private static final String BUNDLE = "io.sekisho.netmap.internal.rules.rules"; //$NON-NLS-1$
	private static final ResourceBundle.Control NO_FALLBACK = ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

	private final ResourceBundle bundle;

	private RuleTexts(ResourceBundle bundle) {
		this.bundle = bundle;
	}

	/** @return the texts in {@code locale}'s language: Japanese, else English */
	static RuleTexts of(Locale locale) {
		Locale language = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT;
		return new RuleTexts(ResourceBundle.getBundle(BUNDLE, language, RuleTexts.class.getClassLoader(), NO_FALLBACK));
	}

	String get(String key) {
		return bundle.getString(key);
	}

	String bind(String key, Object... arguments) {
		return NLS.bind(get(key), arguments);
	}

	/** @return the names joined as a list (「、」 / ", ") */
	String join(Iterable<String> names) {
		return String.join(get("Rules_separator"), names); //$NON-NLS-1$
	}
}
