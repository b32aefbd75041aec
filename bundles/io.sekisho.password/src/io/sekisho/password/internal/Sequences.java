package io.sekisho.password.internal;

/** Runs of consecutive letters or digits, up or down: abcdef, 12345678, 87654321. */
public final class Sequences {

	/** shortest run that counts as a sequence in the plain spelling */
	public static final int MIN_RUN = 4;

	private Sequences() {
	}

	/**
	 * @return true if the plain spelling holds a significant run (see {@link Patterns}) of at least {@link #MIN_RUN},
	 *         or a substituted spelling a run over half the password (substitutions turn ordinary letters into
	 *         digits, so a short run there says little)
	 */
	public static boolean found(Forms forms) {
		int n = forms.length();
		int half = Math.max(MIN_RUN, (n + 1) / 2);
		return Patterns.significant(longestRun(forms.lower), n, MIN_RUN) || longestRun(forms.digits) >= half
				|| longestRun(forms.lettersI) >= half;
	}

	static int longestRun(char[] s) {
		int best = s.length == 0 ? 0 : 1;
		int run = 1;
		int step = 0;
		for (int i = 1; i < s.length; i++) {
			int d = s[i] - s[i - 1];
			boolean sameKind = kind(s[i]) != 0 && kind(s[i]) == kind(s[i - 1]);
			if (sameKind && (d == 1 || d == -1) && (run == 1 || d == step)) {
				run++;
				step = d;
			} else if (sameKind && (d == 1 || d == -1)) {
				run = 2; // direction changed: the last two characters start a new run
				step = d;
			} else {
				run = 1;
			}
			best = Math.max(best, run);
		}
		return best;
	}

	private static int kind(char c) {
		if (c >= '0' && c <= '9') {
			return 1;
		}
		if (c >= 'a' && c <= 'z') {
			return 2;
		}
		return 0;
	}
}
