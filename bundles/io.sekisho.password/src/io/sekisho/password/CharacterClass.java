package io.sekisho.password;

import java.util.EnumSet;
import java.util.Set;

/** The class of one password character. Everything outside printable ASCII (kana, full-width ...) is OTHER. */
public enum CharacterClass {
	UPPER, LOWER, DIGIT, SYMBOL, OTHER;

	public static CharacterClass of(char c) {
		if (c >= 'A' && c <= 'Z') {
			return UPPER;
		}
		if (c >= 'a' && c <= 'z') {
			return LOWER;
		}
		if (c >= '0' && c <= '9') {
			return DIGIT;
		}
		if (c >= 0x20 && c < 0x7f) {
			return SYMBOL; // the space counts as a symbol, as in NIST's printable ASCII
		}
		return OTHER;
	}

	public static Set<CharacterClass> in(CharSequence password) {
		Set<CharacterClass> classes = EnumSet.noneOf(CharacterClass.class);
		for (int i = 0; i < password.length(); i++) {
			classes.add(of(password.charAt(i)));
		}
		return classes;
	}
}
