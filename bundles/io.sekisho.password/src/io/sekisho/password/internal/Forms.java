package io.sekisho.password.internal;

import java.util.Arrays;

/**
 * The spellings of one password that the detectors look at: lower case, with look-alike substitutions undone
 * towards letters ({@code pa$$w0rd} → password) and towards digits ({@code i234567&9} → 123456789).
 * Held in char arrays so that {@link #wipe()} clears every copy.
 */
public final class Forms implements AutoCloseable {

	/** lower case, nothing else changed */
	public final char[] lower;
	/** look-alikes read as letters, 1 as i */
	public final char[] lettersI;
	/** look-alikes read as letters, 1 as l */
	public final char[] lettersL;
	/** look-alikes read as digits */
	public final char[] digits;
	/** index of the first and one past the last letter of the password: a core without digit/symbol affixes */
	public final int coreStart;
	public final int coreEnd;

	public Forms(CharSequence password) {
		int n = password.length();
		lower = new char[n];
		lettersI = new char[n];
		lettersL = new char[n];
		digits = new char[n];
		int first = -1;
		int last = -1;
		for (int i = 0; i < n; i++) {
			char c = password.charAt(i);
			char l = Character.toLowerCase(c);
			lower[i] = l;
			lettersI[i] = asLetter(l, 'i');
			lettersL[i] = asLetter(l, 'l');
			digits[i] = asDigit(c);
			if (Character.isLetter(c)) {
				if (first < 0) {
					first = i;
				}
				last = i;
			}
		}
		coreStart = first < 0 ? 0 : first;
		coreEnd = first < 0 ? 0 : last + 1;
	}

	public int length() {
		return lower.length;
	}

	/** The letter-ish spellings that dictionary and catalog lookups try. */
	public char[][] letterForms() {
		return new char[][] { lower, lettersI, lettersL };
	}

	static char asLetter(char c, char one) {
		return switch (c) {
		case '@', '4' -> 'a';
		case '$', '5' -> 's';
		case '0' -> 'o';
		case '1' -> one;
		case '!' -> 'i';
		case '|' -> 'l';
		case '3' -> 'e';
		case '7', '+' -> 't';
		case '8' -> 'b';
		case '9', '6' -> 'g';
		case '2' -> 'z';
		default -> c;
		};
	}

	static char asDigit(char c) {
		return switch (c) {
		case 'i', 'I', 'l', '!', '|' -> '1';
		case 'o', 'O' -> '0';
		case 'z', 'Z' -> '2';
		case 'e', 'E' -> '3';
		case 'a', 'A', '@' -> '4';
		case 's', 'S', '$' -> '5';
		case 'b', 'G' -> '6';
		case 't', 'T' -> '7';
		case 'B', '&' -> '8';
		case 'g', 'q' -> '9';
		default -> Character.toLowerCase(c);
		};
	}

	public void wipe() {
		Arrays.fill(lower, '\0');
		Arrays.fill(lettersI, '\0');
		Arrays.fill(lettersL, '\0');
		Arrays.fill(digits, '\0');
	}

	@Override
	public void close() {
		wipe();
	}
}
