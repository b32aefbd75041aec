package io.sekisho.password;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.nulabinc.zxcvbn.Pattern;
import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.WipeableString;
import com.nulabinc.zxcvbn.matchers.Match;

import io.sekisho.password.fingerprint.Fingerprint;
import io.sekisho.password.internal.Dates;
import io.sekisho.password.internal.Forms;
import io.sekisho.password.internal.Kana;
import io.sekisho.password.internal.Lexicon;
import io.sekisho.password.internal.Repeats;
import io.sekisho.password.internal.Sequences;
import io.sekisho.password.internal.WordMatches;
import io.sekisho.password.vault.PasswordVault;

/**
 * Checks a password against a profile and returns a {@link Verdict}: ACCEPT when nothing is found. zxcvbn4j
 * estimates the guesses; Sekisho adds what it lacks: the profiles' length and composition rules, factory
 * defaults, look-alike substitutions towards digits, keypad runs, facility context words in romaji and kana,
 * reuse within and across facilities, and the breached-password index.
 * <p>
 * The password is read, never stored: every copy the checker makes is a char or byte array wiped before
 * {@link #check} returns. Thread-safe.
 */
public final class PasswordChecker {

	/**
	 * zxcvbn4j's matching grows faster than linearly (12–20 s for 1,000 characters), so only this many leading
	 * characters are estimated; the guesses of a prefix are a lower bound for the whole. Sekisho's own
	 * detectors are linear and see the whole password.
	 */
	public static final int ESTIMATE_LIMIT = 64;

	private final PasswordCatalog catalog;
	private final Lexicon lexicon;

	public PasswordChecker(PasswordCatalog catalog) {
		this.catalog = catalog;
		this.lexicon = Lexicon.shared();
	}

	public PasswordCatalog catalog() {
		return catalog;
	}

	public Verdict check(char[] password, CheckContext context) {
		return check(java.nio.CharBuffer.wrap(password), context);
	}

	public Verdict check(CharSequence password, CheckContext context) {
		PasswordProfile profile = context.profile();
		int n = password.length();
		Set<CharacterClass> classes = CharacterClass.in(password);
		List<Finding> findings = new ArrayList<>();
		if (n == 0) {
			findings.add(Finding.of(FindingCode.EMPTY));
			return new Verdict(profile.id(), 0, classes, 0, 0, findings, Optional.empty(), Verdict.Advice.NONE);
		}
		checkLength(n, profile, context, findings);
		String missing = profile.requiredClasses().stream().filter(r -> !r.isMetBy(classes)).map(Enum::name)
				.collect(Collectors.joining(", ")); //$NON-NLS-1$
		if (!missing.isEmpty()) {
			findings.add(Finding.of(FindingCode.MISSING_CHARACTER_CLASSES, missing));
		}
		try (Forms forms = new Forms(password)) {
			int defaultAt = WordMatches.wholeAt(forms, catalog.defaultCredentials());
			if (defaultAt >= 0) {
				// under every profile and whatever the length: a published password is the first one tried
				findings.add(catalog.defaultOrigin(defaultAt).map(Finding::factoryDefaultOf)
						.orElseGet(() -> Finding.of(FindingCode.FACTORY_DEFAULT)));
			}
			if (Sequences.found(forms)) {
				findings.add(Finding.of(FindingCode.SEQUENCE));
			}
			if (Repeats.found(forms.lower)) {
				findings.add(Finding.of(FindingCode.REPEATED_CHARACTERS));
			}
			if (lexicon.keyboards.found(password)) {
				findings.add(Finding.of(FindingCode.KEYBOARD_PATTERN));
			}
			if (WordMatches.whole(forms, lexicon.dictionary) || WordMatches.twoWords(forms, lexicon.dictionary)) {
				findings.add(Finding.of(FindingCode.DICTIONARY_WORD));
			}
			if (WordMatches.whole(forms, lexicon.leaked)) {
				findings.add(Finding.of(FindingCode.LEAKED_PASSWORD));
			}
			if (containsContextWord(password, forms, context.contextWords())) {
				findings.add(Finding.of(FindingCode.CONTEXT_WORD));
			}
			Estimate estimate = estimate(password, context.contextWords());
			if (estimate.date || Dates.found(forms.lower)) {
				findings.add(Finding.of(FindingCode.DATE_OR_YEAR));
			}
			if (estimate.guessesLog10 < profile.minGuessesLog10()) {
				findings.add(Finding.of(FindingCode.TOO_FEW_GUESSES, Math.round(profile.minGuessesLog10())));
			}
			if (context.breached().isPresent() && breached(password, context)) {
				findings.add(Finding.of(FindingCode.BREACHED_PASSWORD));
			}
			Optional<Fingerprint> fingerprint = Optional.empty();
			if (context.facility().isPresent()) {
				var facility = context.facility().get();
				Fingerprint mine = facility.fingerprintOf(password);
				fingerprint = Optional.of(mine);
				List<String> accounts = facility.accountsWith(password, mine);
				if (!accounts.isEmpty()) {
					findings.add(Finding.of(FindingCode.REUSED_IN_FACILITY, String.join(", ", accounts))); //$NON-NLS-1$
				}
			}
			if (context.vault().isPresent()) {
				List<PasswordVault.Use> uses = usesElsewhere(password, context.vault().get());
				if (!uses.isEmpty()) {
					findings.add(Finding.of(FindingCode.REUSED_ACROSS_FACILITIES,
							uses.stream().map(PasswordVault.Use::facilityLabel).distinct().collect(Collectors.joining(", ")))); //$NON-NLS-1$
				}
			}
			return new Verdict(profile.id(), n, classes, estimate.score, estimate.guessesLog10, findings, fingerprint, estimate.advice);
		}
	}

	private static void checkLength(int n, PasswordProfile profile, CheckContext context, List<Finding> findings) {
		int min = profile.effectiveMinLength(context.mfa(), context.periodicChange());
		if (n >= min) {
			return;
		}
		if (n >= profile.lowestMinLength()) {
			findings.add(Finding.of(FindingCode.SHORT_WITHOUT_MFA_OR_ROTATION, min, profile.lowestMinLength()));
		} else {
			findings.add(Finding.of(FindingCode.TOO_SHORT, min));
		}
	}

	private static boolean containsContextWord(CharSequence password, Forms forms, ContextWords words) {
		if (words.isEmpty()) {
			return false;
		}
		for (String token : words.tokens()) {
			for (char[] form : forms.letterForms()) {
				if (indexOf(form, token) >= 0) {
					return true;
				}
			}
		}
		boolean hasNonAscii = false;
		for (int i = 0; i < password.length() && !hasNonAscii; i++) {
			hasNonAscii = password.charAt(i) >= 0x80;
		}
		if (!hasNonAscii) {
			return false;
		}
		for (String word : words.nativeWords()) {
			if (indexOf(password, word) >= 0) {
				return true;
			}
		}
		if (Kana.containsKana(password)) {
			// a kana password typed in romaji-less form: compare its romaji with the tokens
			StringBuilder romaji = Kana.romanizeInto(password, new StringBuilder(password.length() * 4));
			try {
				return words.tokens().stream().anyMatch(t -> indexOf(romaji, t) >= 0);
			} finally {
				for (int i = 0; i < romaji.length(); i++) {
					romaji.setCharAt(i, '\0');
				}
			}
		}
		return false;
	}

	private static int indexOf(char[] haystack, String needle) {
		outer: for (int i = 0; i + needle.length() <= haystack.length; i++) {
			for (int j = 0; j < needle.length(); j++) {
				if (haystack[i + j] != needle.charAt(j)) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private static int indexOf(CharSequence haystack, String needle) {
		outer: for (int i = 0; i + needle.length() <= haystack.length(); i++) {
			for (int j = 0; j < needle.length(); j++) {
				if (haystack.charAt(i + j) != needle.charAt(j)) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

	private record Estimate(int score, double guessesLog10, boolean date, Verdict.Advice advice) {
	}

	private Estimate estimate(CharSequence password, ContextWords words) {
		char[] head = new char[Math.min(password.length(), ESTIMATE_LIMIT)];
		for (int i = 0; i < head.length; i++) {
			head[i] = password.charAt(i);
		}
		WipeableString prefix = new WipeableString(head);
		Strength strength = lexicon.zxcvbn.measure(prefix, words.tokens());
		try {
			boolean date = false;
			for (Match m : strength.getSequence()) {
				date |= m.pattern == Pattern.Date || m.pattern == Pattern.Regex && "recent_year".equals(m.regexName); //$NON-NLS-1$
			}
			return new Estimate(strength.getScore(), strength.getGuessesLog10(), date, new Verdict.Advice(strength.getFeedback()));
		} finally {
			strength.wipe();
			prefix.wipe();
			java.util.Arrays.fill(head, '\0');
		}
	}

	private static boolean breached(CharSequence password, CheckContext context) {
		try {
			return context.breached().get().contains(password);
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static List<PasswordVault.Use> usesElsewhere(CharSequence password, CheckContext.VaultLookup lookup) {
		try {
			return lookup.vault().usesElsewhere(password, lookup.facilityId());
		} catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
