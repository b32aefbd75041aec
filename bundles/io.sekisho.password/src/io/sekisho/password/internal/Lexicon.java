package io.sekisho.password.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import com.nulabinc.zxcvbn.StandardDictionaries;
import com.nulabinc.zxcvbn.StandardKeyboards;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;
import com.nulabinc.zxcvbn.matchers.AlignedKeyboardLoader;
import com.nulabinc.zxcvbn.matchers.Dictionary;
import com.nulabinc.zxcvbn.matchers.Keyboard;

import io.sekisho.password.ContextWords;

/**
 * The word lists and keyboards the checker uses, loaded once: zxcvbn4j's dictionaries and keyboards, Sekisho's
 * bundled lists (common passwords, dictionary words in English and romaji) and its phone keypad.
 */
public final class Lexicon {

	public static final String COMMON_PASSWORDS = "wordlists/common-passwords.txt"; //$NON-NLS-1$
	public static final String DICTIONARY = "wordlists/dictionary.txt"; //$NON-NLS-1$
	private static final String PHONE_KEYPAD = "keyboards/phone-keypad.txt"; //$NON-NLS-1$
	private static final int MIN_WORD = 3;

	private static volatile Lexicon shared;

	public final WordSet leaked;
	public final WordSet dictionary;
	public final Zxcvbn zxcvbn;
	/** the word lists zxcvbn estimates with, one by one (it gets them grouped) */
	public final List<Dictionary> zxcvbnDictionaries;
	public final List<Keyboard> zxcvbnKeyboards;
	public final KeyboardPatterns keyboards;
	/** words for passphrases: alphabetic, 5–8 letters, from zxcvbn4j's English Wikipedia list */
	public final List<String> passphraseWords;

	private Lexicon() throws IOException {
		List<Dictionary> standard = StandardDictionaries.loadAllDictionaries();
		List<String> common = WordLists.bundled(COMMON_PASSWORDS);
		List<String> words = WordLists.bundled(DICTIONARY);

		Set<String> leakedWords = new HashSet<>(common);
		Set<String> dictionaryWords = new HashSet<>(words);
		List<String> phraseWords = new ArrayList<>();
		for (Dictionary d : standard) {
			Collection<String> entries = d.getRankedDictionary().keySet();
			if (d.getName().equals(StandardDictionaries.PASSWORDS)) {
				leakedWords.addAll(entries);
			} else {
				entries.stream().filter(w -> w.length() >= MIN_WORD).forEach(dictionaryWords::add);
			}
			if (d.getName().equals(StandardDictionaries.ENGLISH_WIKIPEDIA)) {
				d.getFrequencies().stream().filter(w -> w.length() >= 5 && w.length() <= 8 && w.chars().allMatch(c -> c >= 'a' && c <= 'z'))
						.forEach(phraseWords::add);
			}
		}
		leaked = new WordSet(leakedWords);
		dictionary = new WordSet(dictionaryWords);
		passphraseWords = List.copyOf(phraseWords);

		Keyboard phone = new AlignedKeyboardLoader("phone_keypad", () -> Lexicon.class.getResourceAsStream("/" + PHONE_KEYPAD)).load(); //$NON-NLS-1$ //$NON-NLS-2$
		List<Keyboard> zxcvbnKeyboards = new ArrayList<>(StandardKeyboards.loadAllKeyboards());
		zxcvbnKeyboards.add(phone);
		List<Dictionary> zxcvbnDictionaries = new ArrayList<>(standard);
		zxcvbnDictionaries.add(new Dictionary("sekisho_common", common)); //$NON-NLS-1$
		zxcvbnDictionaries.add(new Dictionary("sekisho_dictionary", words)); //$NON-NLS-1$
		this.zxcvbnDictionaries = List.copyOf(zxcvbnDictionaries);
		this.zxcvbnKeyboards = List.copyOf(zxcvbnKeyboards);
		// the same lists in four groups: the same guesses and advice, fewer look-ups (see MergedDictionary)
		zxcvbn = new ZxcvbnBuilder().dictionaries(MergedDictionary.grouped(zxcvbnDictionaries)).keyboards(zxcvbnKeyboards).build();
		// Dvorak is left out of the pattern finding: rare in Japan, and its walks are random-looking on QWERTY
		keyboards = new KeyboardPatterns(zxcvbnKeyboards.stream().filter(k -> !k.getName().equals(StandardKeyboards.DVORAK)).toList());
	}

	/** zxcvbn instances with a facility's context words merged in, by their tokens (names, not passwords) */
	private final Map<List<String>, Zxcvbn> withContext = new ConcurrentHashMap<>();
	private static final int CONTEXTS_KEPT = 32;

	/**
	 * @return zxcvbn with the context words among its lists, to be called with no user inputs: the same estimate as
	 *         {@code zxcvbn.measure(password, words.tokens())}, without building and searching a separate
	 *         user_inputs list on every call. Built once per set of context words (one facility).
	 */
	public Zxcvbn zxcvbnFor(ContextWords words) {
		if (words.isEmpty()) {
			return zxcvbn;
		}
		Zxcvbn known = withContext.get(words.tokens());
		if (known != null) {
			return known;
		}
		if (withContext.size() >= CONTEXTS_KEPT) {
			withContext.clear();
		}
		// lower-cased as zxcvbn4j does with user inputs, so ranks (their order) and matches are the same
		List<String> lowered = words.tokens().stream().map(t -> t.toLowerCase(Locale.getDefault())).toList();
		List<Dictionary> lists = new ArrayList<>(zxcvbnDictionaries);
		lists.add(new Dictionary(MergedDictionary.SEKISHO_CONTEXT, lowered));
		Zxcvbn built = new ZxcvbnBuilder().dictionaries(MergedDictionary.grouped(lists)).keyboards(zxcvbnKeyboards).build();
		withContext.put(words.tokens(), built);
		return built;
	}

	/** The lexicon shared by all checkers; loading takes about a second, so it happens once. */
	public static Lexicon shared() {
		Lexicon l = shared;
		if (l == null) {
			synchronized (Lexicon.class) {
				l = shared;
				if (l == null) {
					try {
						l = new Lexicon();
					} catch (IOException e) {
						throw new IllegalStateException("zxcvbn4j resources unreadable", e); //$NON-NLS-1$
					}
					shared = l;
				}
			}
		}
		return l;
	}
}
