package io.sekisho.password.internal;

import java.util.Arrays;
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
		return (c >= '\u3041' && c <= '\u3096') || (c >= '\u30A1' && c <= '\u30FA') || c == '\u30FC' || isHalfWidthKana(c);
	}

	/** Half-width katakana (ｺｳﾛｳ), as old systems and some keyboards still type them. */
	static boolean isHalfWidthKana(char c) {
		return c >= '\uFF66' && c <= '\uFF9F';
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
	public static StringBuilder romanizeInto(CharSequence text, StringBuilder out) {
		// half-width katakana as full-width, in an array that is wiped afterwards (the text may be a password)
		char[] s = fullWidth(text);
		try {
			return romanizeInto(s, out);
		} finally {
			Arrays.fill(s, '\0');
		}
	}

	private static StringBuilder romanizeInto(char[] s, StringBuilder out) {
		boolean doubleNext = false;
		for (int i = 0; i < s.length; i++) {
			char c = toHiragana(s[i]);
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
			if (i + 1 < s.length) {
				syllable = SYLLABLES.get("" + c + toHiragana(s[i + 1])); //$NON-NLS-1$
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
		// long vowels of loan words (ファミリー famirii → famiri, ティー tii → ti) and every long vowel shortened
		variants.add(romaji.replace("ii", "i").replace("aa", "a").replace("ee", "e")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$
		variants.add(romaji.replace("ou", "o").replace("uu", "u").replace("oo", "o").replace("ii", "i").replace("aa", "a") //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				.replace("ee", "e")); //$NON-NLS-1$ //$NON-NLS-2$
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

	/** Half-width katakana mapped to full width, voiced and semi-voiced marks joined (ｶﾞ → ガ, ﾊﾟ → パ, ｳﾞ → ヴ). */
	static char[] fullWidth(CharSequence text) {
		char[] out = new char[text.length()];
		int n = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!isHalfWidthKana(c)) {
				out[n++] = c;
				continue;
			}
			char full = HALF_WIDTH.charAt(c - '\uFF66');
			char next = i + 1 < text.length() ? text.charAt(i + 1) : 0;
			if (next == '\uFF9E' && full == '\u30A6') {
				full = '\u30F4'; // ｳﾞ
				i++;
			} else if (next == '\uFF9E' && VOICEABLE.indexOf(full) >= 0) {
				full++;
				i++;
			} else if (next == '\uFF9F' && SEMI_VOICEABLE.indexOf(full) >= 0) {
				full += 2;
				i++;
			}
			out[n++] = full;
		}
		if (n == out.length) {
			return out;
		}
		char[] trimmed = Arrays.copyOf(out, n);
		Arrays.fill(out, '\0');
		return trimmed;
	}

	/** U+FF66 (ｦ) to U+FF9F (ﾟ) as full-width katakana; the marks themselves become the full-width marks. */
	private static final String HALF_WIDTH = "\u30F2\u30A1\u30A3\u30A5\u30A7\u30A9\u30E3\u30E5\u30E7\u30C3\u30FC" //$NON-NLS-1$
			+ "\u30A2\u30A4\u30A6\u30A8\u30AA\u30AB\u30AD\u30AF\u30B1\u30B3\u30B5\u30B7\u30B9\u30BB\u30BD" //$NON-NLS-1$
			+ "\u30BF\u30C1\u30C4\u30C6\u30C8\u30CA\u30CB\u30CC\u30CD\u30CE\u30CF\u30D2\u30D5\u30D8\u30DB" //$NON-NLS-1$
			+ "\u30DE\u30DF\u30E0\u30E1\u30E2\u30E4\u30E6\u30E8\u30E9\u30EA\u30EB\u30EC\u30ED\u30EF\u30F3" //$NON-NLS-1$
			+ "\u309B\u309C"; //$NON-NLS-1$
	/** katakana whose voiced form is the next code point (カ → ガ …) */
	private static final String VOICEABLE = "\u30AB\u30AD\u30AF\u30B1\u30B3\u30B5\u30B7\u30B9\u30BB\u30BD" //$NON-NLS-1$
			+ "\u30BF\u30C1\u30C4\u30C6\u30C8\u30CF\u30D2\u30D5\u30D8\u30DB"; //$NON-NLS-1$
	/** katakana whose semi-voiced form is two code points on (ハ → パ …) */
	private static final String SEMI_VOICEABLE = "\u30CF\u30D2\u30D5\u30D8\u30DB"; //$NON-NLS-1$

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
				"びゅbyu", "びょbyo", "ぴゃpya", "ぴゅpyu", "ぴょpyo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$
				// loan-word sounds written with small vowels (メディカル medikaru, ファミリー famirii, シェア shea)
				"でぃdi", "てぃti", "でゅdyu", "てゅtyu", "とぅtu", "どぅdu", "ふぁfa", "ふぃfi", "ふぇfe", "ふぉfo", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"ふゅfyu", "しぇshe", "じぇje", "ちぇche", "うぃwi", "うぇwe", "うぉwo", "ゔぁva", "ゔぃvi", "ゔぇve", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"ゔぉvo", "つぁtsa", "つぃtsi", "つぇtse", "つぉtso", "いぇye", "すぃsi", "ずぃzi", "くぁkwa", "ぐぁgwa", //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$ //$NON-NLS-9$ //$NON-NLS-10$
				"きぇkye", "にぇnye", "ひぇhye", "ぎぇgye" }; //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
		Map<String, String> map = new java.util.HashMap<>();
		for (String entry : table) {
			int kanaLength = entry.length() > 2 && isKana(entry.charAt(1)) ? 2 : 1;
			map.put(entry.substring(0, kanaLength), entry.substring(kanaLength));
		}
		return Map.copyOf(map);
	}
}
