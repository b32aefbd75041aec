package io.sekisho.password.internal;

/**
 * Whole-password lookups in a word set: the password in any of its spellings, or its core without a digit or
 * symbol prefix/suffix (Password1! → password) or without a suffix only (14geonly1 → 14geonly), or (for dictionaries) two words joined (sakuratokyo).
 */
public final class WordMatches {

	private static final int MIN_CORE = 3;
	private static final int MIN_PART = 3;
	/** two-word splits are tried only for cores up to this length; longer ones are not "a word or two" */
	private static final int MAX_SPLIT = 40;

	private WordMatches() {
	}

	public static boolean whole(Forms forms, WordSet words) {
		return wholeAt(forms, words) >= 0;
	}

	/**
	 * Like {@link #whole}, with the position of the matched word in the list the set was built from, or -1. The
	 * exact spelling is tried first, so an entry that is itself written with digits or symbols wins over a looser
	 * reading.
	 */
	public static int wholeAt(Forms forms, WordSet words) {
		int n = forms.length();
		int at = words.positionOf(forms.lower, 0, n);
		if (at >= 0) {
			return at;
		}
		at = words.positionOf(forms.digits, 0, n);
		if (at >= 0) {
			return at;
		}
		boolean hasCore = forms.coreEnd - forms.coreStart >= MIN_CORE;
		// an entry may itself start with digits or symbols (14geonly, #bigguy): then only the suffix is an affix
		boolean hasSuffix = hasCore && forms.coreEnd < n;
		for (char[] form : forms.letterForms()) {
			at = words.positionOf(form, 0, n);
			if (at < 0 && hasCore) {
				at = words.positionOf(form, forms.coreStart, forms.coreEnd);
			}
			if (at < 0 && hasSuffix) {
				at = words.positionOf(form, 0, forms.coreEnd);
			}
			if (at >= 0) {
				return at;
			}
		}
		return -1;
	}

	public static boolean twoWords(Forms forms, WordSet words) {
		int start = forms.coreStart;
		int end = forms.coreEnd;
		if (end - start < 2 * MIN_PART || end - start > MAX_SPLIT) {
			return false;
		}
		for (char[] form : forms.letterForms()) {
			if (!lettersOnly(form, start, end)) {
				continue;
			}
			for (int cut = start + MIN_PART; cut <= end - MIN_PART; cut++) {
				if (words.contains(form, start, cut) && words.contains(form, cut, end)) {
					return true;
				}
			}
		}
		return false;
	}

	private static boolean lettersOnly(char[] form, int start, int end) {
		for (int i = start; i < end; i++) {
			if (form[i] < 'a' || form[i] > 'z') {
				return false;
			}
		}
		return true;
	}
}
