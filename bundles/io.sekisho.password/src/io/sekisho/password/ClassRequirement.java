package io.sekisho.password;

import java.util.Set;

/** A composition rule of a profile: which character classes a password must contain. */
public enum ClassRequirement {
	UPPER, LOWER, /** upper or lower case */ LETTER, DIGIT, SYMBOL;

	public boolean isMetBy(Set<CharacterClass> classes) {
		return switch (this) {
		case UPPER -> classes.contains(CharacterClass.UPPER);
		case LOWER -> classes.contains(CharacterClass.LOWER);
		case LETTER -> classes.contains(CharacterClass.UPPER) || classes.contains(CharacterClass.LOWER);
		case DIGIT -> classes.contains(CharacterClass.DIGIT);
		// non-ASCII characters (kana, full-width signs) count as symbols: they widen the alphabet as much
		case SYMBOL -> classes.contains(CharacterClass.SYMBOL) || classes.contains(CharacterClass.OTHER);
		};
	}
}
