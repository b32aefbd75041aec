package io.sekisho.password.internal;

/**
 * Whole-password lookups in a word set: the password in any of its spellings, or its core without a digit or
 * symbol prefix/suffix (Password1! → password), or (for dictionaries) two words joined (sakuratokyo).
 */
public final class WordMatches {

	private static final int MIN_CORE = 3;
	private static final int MIN_PART = 3;
	/** two-word splits are tried only for cores up to this length; longer ones are not "a word or two" */
	private static final int MAX_SPLIT = 40;

	private WordMatches() {
	}

	public static boolean whole(Forms forms, WordSet words) {
		int n = forms.length();
		if (words.contains(forms.digits, 0, n)) {
			return true;
		}
		boolean hasCore = forms.coreEnd - forms.coreStart >= MIN_CORE;
		for (char[] form : forms.letterForms()) {
			if (words.contains(form, 0, n) || hasCore && words.contains(form, forms.coreStart, forms.coreEnd)) {
				return true;
			}
		}
		return false;
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
