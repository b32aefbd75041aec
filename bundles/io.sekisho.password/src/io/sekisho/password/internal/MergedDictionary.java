package io.sekisho.password.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.matchers.Dictionary;

/**
 * Several zxcvbn4j word lists under one name, each word with its best (lowest) rank, in a {@link RankMap}. zxcvbn4j looks every substring
 * of a password up in every dictionary (profiling showed 70 % of a check in those HashMap look-ups); with the lists
 * merged it looks up once per group instead of once per list. The guesses do not change: zxcvbn keeps, for a span,
 * the match with the fewest guesses, which is the lowest rank of any list. Lists are grouped by the advice zxcvbn
 * gives for a match in them, so the advice does not change either: the names under "surnames" (one warning for
 * all three), the lists without a warning of their own (film and TV words, Sekisho's common passwords and romaji
 * words) under "us_tv_and_film"; "passwords" and "english_wikipedia" have warnings of their own and stay alone.
 */
final class MergedDictionary extends Dictionary {

	private static final String SEKISHO_COMMON = "sekisho_common"; //$NON-NLS-1$
	private static final String SEKISHO_DICTIONARY = "sekisho_dictionary"; //$NON-NLS-1$
	/** the facility's context words, which zxcvbn would otherwise build as "user_inputs" on every call (no warning either) */
	static final String SEKISHO_CONTEXT = "sekisho_context"; //$NON-NLS-1$

	private final Map<String, Integer> ranked;

	private MergedDictionary(String name, List<Dictionary> parts) {
		super(name, List.of());
		Map<String, Integer> merged = new HashMap<>();
		for (Dictionary part : parts) {
			part.getRankedDictionary().forEach((word, rank) -> merged.merge(word, rank, Math::min));
		}
		this.ranked = new RankMap(merged);
	}

	@Override
	public Map<String, Integer> getRankedDictionary() {
		return ranked;
	}

	/** @return the lists grouped by the feedback zxcvbn4j gives for a match in them; unknown lists stay apart */
	static List<Dictionary> grouped(List<Dictionary> lists) {
		Map<String, List<Dictionary>> groups = new LinkedHashMap<>();
		List<Dictionary> result = new ArrayList<>();
		for (Dictionary list : lists) {
			String group = groupOf(list.getName());
			if (group == null) {
				result.add(list);
			} else {
				groups.computeIfAbsent(group, g -> new ArrayList<>()).add(list);
			}
		}
		// a single list becomes a MergedDictionary of one too, for the fast rejection of non-words (RankMap)
		groups.forEach((name, parts) -> result.add(new MergedDictionary(name, parts)));
		return result;
	}

	private static String groupOf(String list) {
		return switch (list) {
		case StandardDictionaries.US_TV_AND_FILM, SEKISHO_COMMON, SEKISHO_DICTIONARY, SEKISHO_CONTEXT -> StandardDictionaries.US_TV_AND_FILM;
		case StandardDictionaries.SURNAMES, StandardDictionaries.MALE_NAMES, StandardDictionaries.FEMALE_NAMES -> StandardDictionaries.SURNAMES;
		case StandardDictionaries.PASSWORDS -> StandardDictionaries.PASSWORDS;
		case StandardDictionaries.ENGLISH_WIKIPEDIA -> StandardDictionaries.ENGLISH_WIKIPEDIA;
		default -> null;
		};
	}
}
