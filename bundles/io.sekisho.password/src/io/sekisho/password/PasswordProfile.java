package io.sekisho.password;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import org.eclipse.osgi.util.NLS;

import io.sekisho.password.internal.Messages;

/**
 * A rule set a password is checked against, read from a properties file (see the extension point
 * io.sekisho.password.profiles for the keys).
 *
 * @param minLength minimum length when the password is the only factor and is not changed periodically
 * @param minLengthWithMfa minimum length with two-factor authentication
 * @param minLengthWithPeriodicChange minimum length with periodic change; 0 when periodic change gives no relief
 * @param minGuessesLog10 minimum log10 of the estimated number of guesses
 */
public record PasswordProfile(String id, String name, String nameJa, int minLength, int minLengthWithMfa,
		int minLengthWithPeriodicChange, List<ClassRequirement> requiredClasses, double minGuessesLog10) {

	public PasswordProfile {
		requiredClasses = List.copyOf(requiredClasses);
	}

	public String name(Locale locale) {
		return "ja".equals(locale.getLanguage()) && nameJa != null ? nameJa : name; //$NON-NLS-1$
	}

	/** The minimum length that applies given the password's circumstances. */
	public int effectiveMinLength(boolean mfa, boolean periodicChange) {
		int min = minLength;
		if (mfa) {
			min = Math.min(min, minLengthWithMfa);
		}
		if (periodicChange && minLengthWithPeriodicChange > 0) {
			min = Math.min(min, minLengthWithPeriodicChange);
		}
		return min;
	}

	/** The lowest minimum length any circumstance allows (two-factor authentication or periodic change). */
	public int lowestMinLength() {
		return effectiveMinLength(true, true);
	}

	/**
	 * Reads a profile.
	 *
	 * @param source names the file in error messages
	 * @throws IllegalArgumentException naming the source and the key when a key is missing or malformed
	 */
	public static PasswordProfile parse(Properties p, String source) {
		String id = required(p, "id", source); //$NON-NLS-1$
		if (!id.matches("[a-z0-9][a-z0-9.-]*")) { //$NON-NLS-1$
			throw new IllegalArgumentException(NLS.bind(Messages.Profile_badValue, new Object[] { source, "id", id })); //$NON-NLS-1$
		}
		int minLength = number(p, "minLength", source, null); //$NON-NLS-1$
		int withMfa = number(p, "minLengthWithMfa", source, minLength); //$NON-NLS-1$
		int withChange = number(p, "minLengthWithPeriodicChange", source, 0); //$NON-NLS-1$
		List<ClassRequirement> classes = new ArrayList<>();
		for (String word : p.getProperty("requiredClasses", "").split(",")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
			if (!word.isBlank()) {
				try {
					classes.add(ClassRequirement.valueOf(word.trim()));
				} catch (IllegalArgumentException e) {
					throw new IllegalArgumentException(
							NLS.bind(Messages.Profile_badValue, new Object[] { source, "requiredClasses", word.trim() }), e); //$NON-NLS-1$
				}
			}
		}
		String guesses = required(p, "minGuessesLog10", source); //$NON-NLS-1$
		double minGuessesLog10;
		try {
			minGuessesLog10 = Double.parseDouble(guesses);
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(
					NLS.bind(Messages.Profile_badValue, new Object[] { source, "minGuessesLog10", guesses }), e); //$NON-NLS-1$
		}
		return new PasswordProfile(id, p.getProperty("name", id), p.getProperty("name.ja"), minLength, withMfa, //$NON-NLS-1$ //$NON-NLS-2$
				withChange, classes, minGuessesLog10);
	}

	private static String required(Properties p, String key, String source) {
		String value = p.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException(NLS.bind(Messages.Profile_missingKey, source, key));
		}
		return value.trim();
	}

	private static int number(Properties p, String key, String source, Integer fallback) {
		String value = p.getProperty(key);
		if ((value == null || value.isBlank()) && fallback != null) {
			return fallback;
		}
		String text = required(p, key, source);
		try {
			int n = Integer.parseInt(text);
			if (n < 0) {
				throw new NumberFormatException();
			}
			return n;
		} catch (NumberFormatException e) {
			throw new IllegalArgumentException(NLS.bind(Messages.Profile_badValue, new Object[] { source, key, text }), e);
		}
	}
}
