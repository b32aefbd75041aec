package io.sekisho.password.generate;

import java.security.SecureRandom;
import java.util.List;

import org.eclipse.osgi.util.NLS;

import io.sekisho.password.CheckContext;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.internal.Lexicon;
import io.sekisho.password.internal.Messages;

/**
 * Passphrases: words drawn uniformly with a SecureRandom from zxcvbn4j's English word list (alphabetic words of
 * 5–8 letters), capitalized, joined by a random digit and symbol so that profiles with composition rules accept
 * them. Entropy: words × log2(list size) bits plus the separators; see {@link #bitsPerWord()}.
 */
public final class Passphrases {

	public static final int DEFAULT_WORDS = 5;
	private static final String SEPARATORS = "-_.+=!#%&*"; //$NON-NLS-1$
	private static final int MAX_DRAWS = 1000;

	private final PasswordChecker checker;
	private final List<String> words = Lexicon.shared().passphraseWords;
	private final SecureRandom random = new SecureRandom();

	public Passphrases(PasswordChecker checker) {
		this.checker = checker;
	}

	public double bitsPerWord() {
		return Math.log(words.size()) / Math.log(2);
	}

	public String generate(CheckContext context, int wordCount) {
		if (wordCount < 3 || wordCount > 20) {
			throw new IllegalArgumentException(NLS.bind(Messages.Generator_badWordCount, wordCount));
		}
		for (int i = 0; i < MAX_DRAWS; i++) {
			StringBuilder phrase = new StringBuilder();
			for (int w = 0; w < wordCount; w++) {
				if (w > 0) {
					phrase.append(random.nextInt(10)).append(SEPARATORS.charAt(random.nextInt(SEPARATORS.length())));
				}
				String word = words.get(random.nextInt(words.size()));
				phrase.append(Character.toUpperCase(word.charAt(0))).append(word, 1, word.length());
			}
			String candidate = phrase.toString();
			if (checker.check(candidate, context).accepted()) {
				return candidate;
			}
		}
		throw new IllegalStateException(NLS.bind(Messages.Generator_noAcceptable, MAX_DRAWS));
	}
}
