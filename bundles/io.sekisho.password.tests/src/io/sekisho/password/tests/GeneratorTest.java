package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import io.sekisho.password.CharacterClass;
import io.sekisho.password.CheckContext;
import io.sekisho.password.Verdict;
import io.sekisho.password.generate.Passphrases;
import io.sekisho.password.generate.RandomPasswords;

class GeneratorTest {

	@ParameterizedTest
	@ValueSource(strings = { "mhlw-2024", "mhlw-r7", "nist-800-63b-4" })
	void generatedSixteenCharacterPasswordsAreAcceptedWithTheDemoFacility(String profile) {
		CheckContext context = DemoFacility.context(profile);
		RandomPasswords generator = new RandomPasswords(DemoFacility.CHECKER);
		Set<String> seen = new HashSet<>();
		for (int i = 0; i < 100; i++) {
			String password = generator.generate(context, RandomPasswords.DEFAULT_LENGTH, false);
			assertEquals(16, password.length());
			Verdict verdict = DemoFacility.CHECKER.check(password, DemoFacility.context());
			assertTrue(verdict.accepted(), "generated for " + profile + " and checked with mhlw-2024: " + verdict.findingCodes()); //$NON-NLS-1$ //$NON-NLS-2$
			assertTrue(verdict.classes().containsAll(Set.of(CharacterClass.UPPER, CharacterClass.LOWER, CharacterClass.DIGIT, CharacterClass.SYMBOL)));
			seen.add(password);
		}
		assertEquals(100, seen.size(), "no repeats"); //$NON-NLS-1$
	}

	@Test
	void withoutLookAlikesLeavesThemOut() {
		RandomPasswords generator = new RandomPasswords(DemoFacility.CHECKER);
		for (int i = 0; i < 100; i++) {
			String password = generator.generate(DemoFacility.context(), 20, true);
			for (char c : RandomPasswords.LOOK_ALIKES.toCharArray()) {
				assertTrue(password.indexOf(c) < 0, password);
			}
			assertTrue(password.indexOf(' ') < 0);
		}
	}

	@Test
	void lengthBelowTheProfileIsRefused() {
		IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
				() -> new RandomPasswords(DemoFacility.CHECKER).generate(DemoFacility.context(), 8, false));
		assertTrue(e.getMessage().contains("mhlw-gl7"), e.getMessage()); //$NON-NLS-1$
	}

	@Test
	void passphrasesAreAcceptedAndCarryEnoughEntropy() {
		Passphrases phrases = new Passphrases(DemoFacility.CHECKER);
		assertTrue(phrases.bitsPerWord() > 12, "word list of more than 4096 words: " + phrases.bitsPerWord()); //$NON-NLS-1$
		for (int i = 0; i < 20; i++) {
			String phrase = phrases.generate(DemoFacility.context(), Passphrases.DEFAULT_WORDS);
			assertTrue(DemoFacility.CHECKER.check(phrase, DemoFacility.context()).accepted(), phrase);
			assertTrue(phrase.length() >= 5 * 5 + 8, phrase);
		}
	}
}
