package io.sekisho.password;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import io.sekisho.password.fingerprint.Fingerprint;

/**
 * The result of checking one password. Holds nothing from which the password can be read back except the
 * fingerprint, which costs an Argon2id computation per guess.
 *
 * @param score zxcvbn's score 0 (too guessable) to 4 (very unguessable)
 * @param guessesLog10 log10 of the estimated guesses (of the first {@link PasswordChecker#ESTIMATE_LIMIT}
 *        characters for longer passwords)
 * @param fingerprint the facility fingerprint, when the context asked for reuse detection within a facility
 * @param advice zxcvbn4j's feedback on the estimated prefix
 */
public record Verdict(String profileId, int length, Set<CharacterClass> classes, int score, double guessesLog10,
		List<Finding> findings, Optional<Fingerprint> fingerprint, Advice advice) {

	/**
	 * zxcvbn4j's own feedback (a warning and suggestions), resolved in the language asked for from its resource
	 * bundles (Japanese included); generic texts that quote nothing of the password. Resolved on demand: most
	 * callers need only the finding codes.
	 */
	public static final class Advice {
		public static final Advice NONE = new Advice(null);

		private final com.nulabinc.zxcvbn.Feedback feedback;

		public Advice(com.nulabinc.zxcvbn.Feedback feedback) {
			this.feedback = feedback;
		}

		public String warning(java.util.Locale locale) {
			return feedback == null ? "" : feedback.getWarning(locale); //$NON-NLS-1$
		}

		public List<String> suggestions(java.util.Locale locale) {
			return feedback == null ? List.of() : List.copyOf(feedback.getSuggestions(locale));
		}
	}

	public Verdict {
		classes = Set.copyOf(classes);
		findings = List.copyOf(findings);
	}

	public boolean accepted() {
		return findings.isEmpty();
	}

	public boolean has(FindingCode code) {
		return findings.stream().anyMatch(f -> f.code() == code);
	}

	public List<String> findingCodes() {
		return findings.stream().map(f -> f.code().code()).toList();
	}
}
