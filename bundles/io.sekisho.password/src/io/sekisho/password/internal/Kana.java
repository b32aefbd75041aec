package io.sekisho.password.internal;

import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;

/**
 * Hiragana and katakana to romaji (Hepburn), with the spellings people type for long vowels: こうろう gives
 * "kourou", "korou", "kouro" and "koro". Kanji are left as they are (no reading dictionary).
 */
public final class Kana {

	private static final Map<String, String> SYLLABLES = syllables();

	private Kana() {
	}

	public static boolean isKana(char c) {
		return (c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FA') || c == '\u30FC';
	}

	public static boolean containsKana(CharSequence s) {
		for (int i = 0; i < s.length(); i++) {
			if (isKana(s.charAt(i))) {
				return true;
			}
		}
		return false;
	}

	/** Romaji of the kana in {@code s}; other characters are copied lower-cased. Long vowels are spelled out. */
	public static String romanize(CharSequence s) {
		return romanizeInto(s, new StringBuilder(s.length() * 2)).toString();
	}

	/** Like {@link #romanize} into a builder the caller can overwrite afterwards (for passwords). */
	public static StringBuilder romanizeInto(CharSequence s, StringBuilder out) {
		boolean doubleNext = false;
		for (int i = 0; i < s.length(); i++) {
			char c = toHiragana(s.charAt(i));
			if (c == '\u3063') { // small tsu: doubles the next consonant
				doubleNext = true;
				continue;
			}
			if (c == '\u30FC') { // long vowel mark repeats the vowel
				if (out.length() > 0) {
					out.append(out.charAt(out.length() - 1));
				}
				continue;
			}
			String syllable = null;
			if (i + 1 < s.length()) {
				syllable = SYLLABLES.get("" + c + toHiragana(s.charAt(i + 1))); //$NON-NLS-1$
				if (syllable != null) {
					i++;
				}
			}
			if (syllable == null) {
				syllable = SYLLABLES.get(String.valueOf(c));
			}
			if (syllable == null) {
				syllable = String.valueOf(Character.toLowerCase(c));
			}
			if (doubleNext && !syllable.isEmpty() && "aiueo".indexOf(syllable.charAt(0)) < 0) { //$NON-NLS-1$
				out.append(syllable.charAt(0) == 'c' ? 't' : syllable.charAt(0));
			}
			doubleNext = false;
			out.append(syllable);
		}
		return out;
	}

	/** The spelling itself and its usual long-vowel shortenings (ou→o, uu→u, oo→o, ei→e). */
	public static Set<String> longVowelVariants(String romaji) {
		Set<String> variants = new LinkedHashSet<>();
		variants.add(romaji);
		variants.add(romaji.replace("ou", "o").replace("uu", "u").replace("oo", "o")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		variants.add(romaji.replace("ou", "oh")); //$NON-NLS-1$ //$NON-NLS-2$
		variants.add(romaji.replace("ei", "e")); //$NON-NLS-1$ //$NON-NLS-2$
		// one long vowel shortened and the other kept, as in "korou" / "kouro"
		int first = romaji.indexOf("ou"); //$NON-NLS-1$
		if (first >= 0) {
			variants.add(romaji.substring(0, first + 1) + romaji.substring(first + 2));
			int last = romaji.lastIndexOf("ou"); //$NON-NLS-1$
			if (last != first) {
				variants.add(romaji.substring(0, last + 1) + romaji.substring(last + 2));
			}
		}
		return variants;
	}

	private static char toHiragana(char c) {
		return c >= '\u30A1' && c <= '\u30F6' ? (char) (c - 0x60) : c;
	}

	private static Map<String, String> syllables() {
		String[] table = { "あa", "いi", "うu", "えe", "おo", "かka", "きki", "くku", "けke", "こko", "さsa", "しshi", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$
				"すsu", "せse", "そso", "たta", "ちchi", "つtsu", "てte", "とto", "なna", "にni", "ぬnu", "ねne", "のno", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
				"はha", "ひhi", "ふfu", "へhe", "ほho", "まma", "みmi", "むmu", "めme", "もmo", "やya", "ゆyu", "よyo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$
				"らra", "りri", "るru", "れre", "ろro", "わwa", "ゐi", "ゑe", "をo", "んn", "がga", "ぎgi", "ぐgu", "げge", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
				"ごgo", "ざza", "じji", "ずzu", "ぜze", "ぞzo", "だda", "ぢji", "づzu", "でde", "どdo", "ばba", "びbi", "ぶbu", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
				"べbe", "ぼbo", "ぱpa", "ぴpi", "ぷpu", "ぺpe", "ぽpo", "ゔvu", "ぁa", "ぃi", "ぅu", "ぇe", "ぉo", "ゃya", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$ //$NON-NLS-11$ //$NON-NLS-12$ //$NON-NLS-13$ //$NON-NLS-14$
				"ゅyu", "ょyo", "きゃkya", "きゅkyu", "きょkyo", "しゃsha", "しゅshu", "しょsho", "ちゃcha", "ちゅchu", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"ちょcho", "にゃnya", "にゅnyu", "にょnyo", "ひゃhya", "ひゅhyu", "ひょhyo", "みゃmya", "みゅmyu", "みょmyo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"りゃrya", "りゅryu", "りょryo", "ぎゃgya", "ぎゅgyu", "ぎょgyo", "じゃja", "じゅju", "じょjo", "びゃbya", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"びゅbyu", "びょbyo", "ぴゃpya", "ぴゅpyu", "ぴょpyo" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
		Map<String, String> map = new java.util.HashMap<>();
		for (String entry : table) {
			int kanaLength = entry.length() > 2 && isKana(entry.charAt(1)) ? 2 : 1;
			map.put(entry.substring(0, kanaLength), entry.substring(kanaLength));
		}
		return Map.copyOf(map);
	}
}
