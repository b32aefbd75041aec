package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.sekisho.password.FindingCode;
import io.sekisho.password.Verdict;

/** Each dangerous example of the MHLW notice is rejected, with the reason that makes it dangerous. */
class NoticeExamplesTest {

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ' ', value = { //
			"Administrator FACTORY_DEFAULT", //
			"12345678 SEQUENCE", //
			"pa$$w0rd LEAKED_PASSWORD", //
			"i234567&9 SEQUENCE", //
			"qwerty KEYBOARD_PATTERN", //
			"7410 KEYBOARD_PATTERN", //
			"KoroHospital CONTEXT_WORD", //
			"KoroTaro CONTEXT_WORD" })
	void noticeExampleIsRejectedWithItsReason(String password, FindingCode expected) {
		Verdict verdict = DemoFacility.CHECKER.check(password.toCharArray(), DemoFacility.context());
		assertFalse(verdict.accepted(), password);
		assertTrue(verdict.has(expected), password + " -> " + verdict.findingCodes()); //$NON-NLS-1$
	}

	@ParameterizedTest(name = "{0} -> {1}")
	@CsvSource(delimiter = ' ', value = { //
			"admin123 FACTORY_DEFAULT", //
			"R00t!! FACTORY_DEFAULT", //
			"Password1! LEAKED_PASSWORD", //
			"P@ssw0rd2024 DATE_OR_YEAR", //
			"87654321 SEQUENCE", //
			"abcdef SEQUENCE", //
			"zyxwvu SEQUENCE", //
			"1qaz2wsx KEYBOARD_PATTERN", //
			"1470 KEYBOARD_PATTERN", //
			"2580 KEYBOARD_PATTERN", //
			"147258369 KEYBOARD_PATTERN", //
			"asdfghjkl; KEYBOARD_PATTERN", //
			"aaaaaaaaaaaaaA1! REPEATED_CHARACTERS", //
			"Abc!Abc!Abc!Abc! REPEATED_CHARACTERS", //
			"sakuratokyo DICTIONARY_WORD", //
			"Hospital#2025 DICTIONARY_WORD", //
			"20240401 DATE_OR_YEAR", //
			"Kourou!Taro99 CONTEXT_WORD", //
			"KINENBYOIN CONTEXT_WORD", //
			"k0r0kinen CONTEXT_WORD", //
			"厚労記念 CONTEXT_WORD", //
			"こうろうたろう CONTEXT_WORD", //
			"qwerty TOO_FEW_GUESSES", //
			"Abc1! TOO_SHORT", //
			"zzzzzzzzzzzzzzzzzz MISSING_CHARACTER_CLASSES" })
	void widerSetOfWeakPasswordsIsRejected(String password, FindingCode expected) {
		Verdict verdict = DemoFacility.CHECKER.check(password, DemoFacility.context());
		assertFalse(verdict.accepted(), password);
		assertTrue(verdict.has(expected), password + " -> " + verdict.findingCodes()); //$NON-NLS-1$
	}

	@ParameterizedTest
	@CsvSource(delimiter = ' ', value = { "vR7#kq!Lm2Zx9@Tp", "N4f;Wc8%tJu3^Ge6", "Hy9~Pe5&Vr2*Kc7=", //
			"Xk9#asdfQ2!mPz7L", "bQ7!cdef%Vw3_Zn9", "T4%xxxJ8!qLm2@Wv" })
	void randomPasswordsAreAcceptedEvenWithAShortChancePattern(String password) {
		Verdict verdict = DemoFacility.CHECKER.check(password, DemoFacility.context());
		assertTrue(verdict.accepted(), password + " -> " + verdict.findingCodes()); //$NON-NLS-1$
	}

	/** a chance 4-key walk or "aaa" inside random characters is not a pattern of the password */
	@org.junit.jupiter.api.Test
	void almostAllUniformlyRandomSixteenCharacterPasswordsAreAccepted() {
		java.util.Random random = new java.util.Random(2024);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"; //$NON-NLS-1$
		int accepted = 0;
		int drawn = 0;
		while (drawn < 1000) {
			StringBuilder p = new StringBuilder();
			for (int i = 0; i < 16; i++) {
				p.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			if (io.sekisho.password.CharacterClass.in(p).size() < 4) {
				continue; // the profile's composition rule is not what this test is about
			}
			drawn++;
			if (DemoFacility.CHECKER.check(p, DemoFacility.context()).accepted()) {
				accepted++;
			}
		}
		assertTrue(accepted >= 995, accepted + " of 1000 accepted"); //$NON-NLS-1$
	}
}
