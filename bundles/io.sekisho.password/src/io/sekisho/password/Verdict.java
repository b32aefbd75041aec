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
 */
public record Verdict(String profileId, int length, Set<CharacterClass> classes, int score, double guessesLog10,
		List<Finding> findings, Optional<Fingerprint> fingerprint) {

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
