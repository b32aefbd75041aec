package io.sekisho.password.internal;

/**
 * The same character three times in a row (aaa), or a block repeated to six characters or more (abcabc), when
 * significant for the password's length (see {@link Patterns}).
 */
public final class Repeats {

	/** longest block compared; keeps the scan linear for very long inputs */
	private static final int MAX_BLOCK = 32;

	private Repeats() {
	}

	public static boolean found(char[] s) {
		int n = s.length;
		for (int block = 1; block <= Math.min(MAX_BLOCK, n / 2); block++) {
			int equal = 0; // consecutive positions i with s[i] == s[i - block]
			for (int i = block; i < n; i++) {
				equal = s[i] == s[i - block] ? equal + 1 : 0;
				int covered = equal + block;
				boolean repeated = block == 1 ? covered >= 3 : equal >= block && covered >= 6;
				if (repeated && Patterns.significant(covered, n, 3)) {
					return true;
				}
			}
		}
		return false;
	}
}
