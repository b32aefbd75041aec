package io.sekisho.password.internal;

/**
 * When a pattern found in a password counts. A short walk or run turns up by chance in random passwords (a
 * 4-key walk in about 1.6% of random 16-character ones), so a pattern counts when it is long in itself or a large
 * part of the password: 12345678, qwerty and 7410 count; a chance "asdf" inside 16 random characters does not.
 */
final class Patterns {

	/** this long, a pattern counts wherever it stands */
	static final int LONG = 5;

	private Patterns() {
	}

	static boolean significant(int patternLength, int passwordLength, int minimum) {
		return patternLength >= minimum && (patternLength >= LONG || patternLength * 3 >= passwordLength);
	}
}
