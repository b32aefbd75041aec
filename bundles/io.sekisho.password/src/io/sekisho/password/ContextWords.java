package io.sekisho.password;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.sekisho.password.internal.Kana;

/**
 * Words an attacker tries first for one facility: its name (kanji, kana, romaji), representative, domain,
 * vendor names. Raw words are split into lower-case romaji tokens of three letters or more, kana are romanized
 * with the usual long-vowel spellings, and the kind of facility adds its common words (病院 → hospital, byoin).
 */
public final class ContextWords {

	public static final ContextWords NONE = new ContextWords(List.of(), List.of());

	private static final int MIN_TOKEN = 3;
	/** domain parts and filler that say nothing about the facility */
	private static final Set<String> IGNORED = Set.of("www", "com", "net", "org", "example", "the", "and"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$

	private final List<String> tokens;
	private final List<String> nativeWords;

	private ContextWords(List<String> tokens, List<String> nativeWords) {
		this.tokens = List.copyOf(tokens);
		this.nativeWords = List.copyOf(nativeWords);
	}

	public static ContextWords of(List<String> rawWords) {
		Set<String> tokens = new LinkedHashSet<>();
		Set<String> nativeWords = new LinkedHashSet<>();
		for (String given : rawWords) {
			if (given == null || given.isBlank()) {
				continue;
			}
			// full-width letters and half-width katakana as people type them elsewhere (ＫＯＲＯ, ｺｳﾛｳ)
			String raw = java.text.Normalizer.normalize(given, java.text.Normalizer.Form.NFKC);
			addFacilityKindWords(raw, tokens);
			for (String part : splitByScript(raw)) {
				if (part.chars().allMatch(c -> c < 0x80)) {
					for (String token : splitAscii(part)) {
						addToken(token, tokens);
					}
				} else {
					if (part.length() >= 2) {
						nativeWords.add(part);
					}
					if (Kana.containsKana(part)) {
						for (String variant : Kana.longVowelVariants(Kana.romanize(part))) {
							addToken(variant, tokens);
						}
					}
				}
			}
		}
		List<String> sorted = new ArrayList<>(tokens);
		sorted.sort((a, b) -> Integer.compare(b.length(), a.length()));
		return new ContextWords(sorted, new ArrayList<>(nativeWords));
	}

	/** Lower-case ASCII tokens, longest first so that the longer match is reported. */
	public List<String> tokens() {
		return tokens;
	}

	/** Words in kanji or kana, matched as they are. */
	public List<String> nativeWords() {
		return nativeWords;
	}

	public boolean isEmpty() {
		return tokens.isEmpty() && nativeWords.isEmpty();
	}

	private static void addToken(String token, Set<String> tokens) {
		String t = token.toLowerCase(Locale.ROOT);
		if (t.length() >= MIN_TOKEN && !IGNORED.contains(t) && !t.chars().allMatch(Character::isDigit)) {
			tokens.add(t);
		}
	}

	private static void addFacilityKindWords(String raw, Set<String> tokens) {
		String lower = raw.toLowerCase(Locale.ROOT);
		if (raw.contains("病院") || lower.contains("byoin") || lower.contains("byouin") || lower.contains("hospital")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			tokens.addAll(List.of("hospital", "byoin", "byouin")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (raw.contains("医院") || raw.contains("診療所") || raw.contains("クリニック") || lower.contains("clinic")) { //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
			tokens.addAll(List.of("clinic", "shinryojo", "kurinikku")); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		}
		if (raw.contains("薬局") || lower.contains("pharmacy")) { //$NON-NLS-1$ //$NON-NLS-2$
			tokens.addAll(List.of("pharmacy", "yakkyoku")); //$NON-NLS-1$ //$NON-NLS-2$
		}
	}

	/** Splits at every change between ASCII and other characters, and at spaces (also the ideographic space). */
	private static List<String> splitByScript(String raw) {
		List<String> parts = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		Boolean ascii = null;
		for (int i = 0; i < raw.length(); i++) {
			char c = raw.charAt(i);
			if (Character.isWhitespace(c) || c == '\u3000' || c == '\u30FB') {
				flush(current, parts);
				ascii = null;
				continue;
			}
			boolean isAscii = c < 0x80;
			if (ascii != null && ascii != isAscii) {
				flush(current, parts);
			}
			ascii = isAscii;
			current.append(c);
		}
		flush(current, parts);
		return parts;
	}

	/** Splits ASCII at non-alphanumerics and camel-case humps: "KoroKinen-hp.jp" → Koro, Kinen, hp, jp. */
	private static List<String> splitAscii(String part) {
		List<String> words = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		for (int i = 0; i < part.length(); i++) {
			char c = part.charAt(i);
			if (!Character.isLetterOrDigit(c)) {
				flush(current, words);
				continue;
			}
			if (Character.isUpperCase(c) && current.length() > 0 && Character.isLowerCase(current.charAt(current.length() - 1))) {
				flush(current, words);
			}
			current.append(c);
		}
		flush(current, words);
		// the whole part too ("kinenbyoin" typed as one word is caught by its tokens; a domain label like
		// "kkh" is kept whole)
		return words;
	}

	private static void flush(StringBuilder current, List<String> into) {
		if (current.length() > 0) {
			into.add(current.toString());
			current.setLength(0);
		}
	}
}
