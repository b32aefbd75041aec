package io.sekisho.password.generate;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.osgi.util.NLS;
import org.passay.CharacterData;
import org.passay.CharacterRule;
import org.passay.EnglishCharacterData;
import org.passay.PasswordGenerator;

import io.sekisho.password.CheckContext;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.PasswordProfile;
import io.sekisho.password.internal.Messages;

/**
 * Random passwords that meet a profile: Passay draws them from upper and lower case letters, digits and ASCII
 * symbols (at least one of each) with a SecureRandom; a draw the checker would reject (a chance keyboard walk,
 * "aaa", a context word) is drawn again. Passay returns a String, which cannot be wiped: the generated
 * password is meant to be shown to the user anyway.
 */
public final class RandomPasswords {

	public static final int DEFAULT_LENGTH = 16;
	/** characters easy to mistake for one another when read aloud or from paper */
	public static final String LOOK_ALIKES = "0O1lI|`'\"5S2Z8B"; //$NON-NLS-1$
	private static final int MAX_DRAWS = 1000;

	private final PasswordChecker checker;
	private final PasswordGenerator passay = new PasswordGenerator(new SecureRandom());

	public RandomPasswords(PasswordChecker checker) {
		this.checker = checker;
	}

	/**
	 * @throws IllegalArgumentException if the length is below the profile's minimum (without relief) or above 1024
	 */
	public String generate(CheckContext context, int length, boolean withoutLookAlikes) {
		PasswordProfile profile = context.profile();
		if (length < profile.minLength() || length > 1024) {
			throw new IllegalArgumentException(NLS.bind(Messages.Generator_badLength, new Object[] { length, profile.id(), profile.minLength() }));
		}
		List<CharacterRule> rules = rules(withoutLookAlikes);
		for (int i = 0; i < MAX_DRAWS; i++) {
			String candidate = passay.generatePassword(length, rules);
			if (checker.check(candidate, context).accepted()) {
				return candidate;
			}
		}
		throw new IllegalStateException(NLS.bind(Messages.Generator_noAcceptable, MAX_DRAWS));
	}

	private static List<CharacterRule> rules(boolean withoutLookAlikes) {
		List<CharacterRule> rules = new ArrayList<>();
		for (EnglishCharacterData data : List.of(EnglishCharacterData.UpperCase, EnglishCharacterData.LowerCase,
				EnglishCharacterData.Digit, EnglishCharacterData.SpecialAscii)) {
			rules.add(new CharacterRule(withoutLookAlikes ? without(data, LOOK_ALIKES) : printable(data), 1));
		}
		return rules;
	}

	/** Passay's symbol set includes the space; a generated password should survive copy and paste */
	private static CharacterData printable(EnglishCharacterData data) {
		return without(data, " "); //$NON-NLS-1$
	}

	private static CharacterData without(EnglishCharacterData data, String excluded) {
		StringBuilder kept = new StringBuilder();
		for (char c : data.getCharacters().toCharArray()) {
			if (excluded.indexOf(c) < 0 && c != ' ') {
				kept.append(c);
			}
		}
		String characters = kept.toString();
		return new CharacterData() {
			@Override
			public String getErrorCode() {
				return data.getErrorCode();
			}

			@Override
			public String getCharacters() {
				return characters;
			}
		};
	}
}
