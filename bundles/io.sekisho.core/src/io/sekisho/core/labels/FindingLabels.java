package io.sekisho.core.labels;

import java.util.Locale;
import java.util.ResourceBundle;

/**
 * What people read for the machine values of a facility finding: its source ({@code password}, {@code firmware},
 * {@code manual}, {@code netmap} ...) and its code ({@code known-exploited-vulnerability}, a password finding code
 * ...). The values stay in the model and in machine output; screens and the workbook show these names. The words
 * live in finding-sources.properties / finding-sources_ja.properties (and, for password codes,
 * {@link PasswordFindingLabels}).
 */
public final class FindingLabels {

	private static final String BUNDLE = "io.sekisho.core.labels.finding-sources"; //$NON-NLS-1$
	private static final String SOURCE = "source."; //$NON-NLS-1$
	private static final String CODE = "code."; //$NON-NLS-1$
	/** a finding without a source was entered by a person */
	private static final String MANUAL = "manual"; //$NON-NLS-1$

	private FindingLabels() {
	}

	/** @return the name of the source in {@code locale}'s language; a source no bundle names is shown as it is */
	public static String source(String source, Locale locale) {
		String key = SOURCE + (source == null || source.isBlank() ? MANUAL : source.strip());
		ResourceBundle bundle = bundle(locale);
		return bundle.containsKey(key) ? bundle.getString(key) : source.strip();
	}

	public static String source(String source) {
		return source(source, Locale.getDefault());
	}

	/**
	 * @return the name of a finding code: the kind of problem (悪用が確認された脆弱性); a code Sekisho does not know
	 *         (typed by a person, or a vendor's) is shown as it is, since it is that person's text
	 */
	public static String code(String code, Locale locale) {
		if (code == null || code.isBlank()) {
			return ""; //$NON-NLS-1$
		}
		ResourceBundle bundle = bundle(locale);
		if (bundle.containsKey(CODE + code)) {
			return bundle.getString(CODE + code);
		}
		return PasswordFindingLabels.isKnown(code) ? PasswordFindingLabels.label(code, locale) : code;
	}

	public static String code(String code) {
		return code(code, Locale.getDefault());
	}

	private static ResourceBundle bundle(Locale locale) {
		Locale language = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT;
		return ResourceBundle.getBundle(BUNDLE, language, FindingLabels.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
