package io.sekisho.password;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * One reason against a password, with arguments for its message. Arguments never hold any part of the password:
 * only profile figures, class names, account or facility labels.
 */
public record Finding(FindingCode code, List<String> arguments) {

	private static final String MESSAGES = "io.sekisho.password.findings"; //$NON-NLS-1$
	private static final String CLASS_KEY = "class."; //$NON-NLS-1$
	private static final String PRODUCT_DEFAULT_KEY = "factory-default.product"; //$NON-NLS-1$

	public Finding {
		arguments = List.copyOf(arguments);
	}

	/**
	 * A published default password of a product: the arguments are vendor and product in English, then in
	 * Japanese (the message picks the pair of its language).
	 */
	public static Finding factoryDefaultOf(io.sekisho.catalog.DefaultCredential origin) {
		return of(FindingCode.FACTORY_DEFAULT, origin.vendor(), origin.product(), origin.vendorJa(), origin.productJa());
	}

	public static Finding of(FindingCode code, Object... arguments) {
		return new Finding(code, java.util.Arrays.stream(arguments).map(String::valueOf).toList());
	}

	/**
	 * The message in the given language; findings are shown in Japanese in a hospital's workbook while the
	 * integrator's client may run in English, so the locale is explicit instead of the platform's.
	 */
	public String message(Locale locale) {
		ResourceBundle bundle = ResourceBundle.getBundle(MESSAGES, locale, Finding.class.getClassLoader(),
				ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
		if (code == FindingCode.FACTORY_DEFAULT && arguments.size() == 4) {
			boolean ja = "ja".equals(locale.getLanguage()); //$NON-NLS-1$
			return new MessageFormat(bundle.getString(PRODUCT_DEFAULT_KEY), locale)
					.format(new Object[] { arguments.get(ja ? 2 : 0), arguments.get(ja ? 3 : 1) });
		}
		return new MessageFormat(bundle.getString(code.code()), locale).format(localized(bundle).toArray());
	}

	/** Character-class names (UPPER, DIGIT ...) are kept language-neutral in the arguments and named here. */
	private List<String> localized(ResourceBundle bundle) {
		if (code != FindingCode.MISSING_CHARACTER_CLASSES) {
			return arguments;
		}
		return arguments.stream().map(list -> java.util.Arrays.stream(list.split(", ")) //$NON-NLS-1$
				.map(name -> bundle.containsKey(CLASS_KEY + name) ? bundle.getString(CLASS_KEY + name) : name)
				.collect(java.util.stream.Collectors.joining(bundle.getString(CLASS_KEY + "separator")))).toList(); //$NON-NLS-1$
	}
}
