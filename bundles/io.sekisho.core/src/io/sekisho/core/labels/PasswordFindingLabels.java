package io.sekisho.core.labels;

import java.util.Collection;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.stream.Collectors;

/**
 * The short names of password finding codes ({@code too-short}, {@code context-word} ...) as people read them:
 * 短すぎる / too short. The codes themselves are stable machine values (stored in assessments, written to
 * {@code --json}); screens, reasons and the workbook show these names instead. The words live in
 * findings.properties / findings_ja.properties next to this class.
 */
public final class PasswordFindingLabels {

	private static final String BUNDLE = "io.sekisho.core.labels.findings"; //$NON-NLS-1$

	private PasswordFindingLabels() {
	}

	/** @return the name of {@code code} in {@code locale}'s language (Japanese or English); an unknown code is named as unknown */
	public static String label(String code, Locale locale) {
		ResourceBundle bundle = bundle(locale);
		try {
			return bundle.getString(code);
		} catch (MissingResourceException e) {
			return bundle.getString("unknown"); //$NON-NLS-1$
		}
	}

	/** @return whether {@code code} is a password finding code with a name */
	public static boolean isKnown(String code) {
		return code != null && !code.equals("separator") && !code.equals("unknown") && bundle(Locale.ROOT).containsKey(code); //$NON-NLS-1$ //$NON-NLS-2$
	}

	/** @return the name of {@code code} in the language of the user interface */
	public static String label(String code) {
		return label(code, Locale.getDefault());
	}

	/** @return the names of {@code codes}, in their order, joined as the language writes a list (、 or , ) */
	public static String labels(Collection<String> codes, Locale locale) {
		String separator = bundle(locale).getString("separator"); //$NON-NLS-1$
		return codes.stream().map(code -> label(code, locale)).distinct().collect(Collectors.joining(separator));
	}

	/** @return the names of {@code codes} in the language of the user interface */
	public static String labels(Collection<String> codes) {
		return labels(codes, Locale.getDefault());
	}

	private static ResourceBundle bundle(Locale locale) {
		Locale language = Locale.JAPANESE.getLanguage().equals(locale.getLanguage()) ? Locale.JAPANESE : Locale.ROOT;
		return ResourceBundle.getBundle(BUNDLE, language, PasswordFindingLabels.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
	}
}
