package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import io.sekisho.password.Finding;
import io.sekisho.password.FindingCode;

class FindingMessagesTest {

	@Test
	void everyFindingHasAnEnglishAndADifferentJapaneseMessage() {
		for (FindingCode code : FindingCode.values()) {
			Finding f = Finding.of(code, "13", "8"); //$NON-NLS-1$ //$NON-NLS-2$
			String en = f.message(Locale.ENGLISH);
			String ja = f.message(Locale.JAPANESE);
			assertFalse(en.isBlank(), code.code());
			assertNotEquals(en, ja, code.code());
			assertTrue(ja.chars().anyMatch(c -> c > 0x3000), code.code() + ": " + ja); //$NON-NLS-1$
			assertFalse(en.contains("{"), en); //$NON-NLS-1$
		}
		assertTrue(Finding.of(FindingCode.TOO_SHORT, 13).message(Locale.JAPANESE).contains("13 文字以上")); //$NON-NLS-1$
	}

	@Test
	void missingCharacterClassesAreNamedInTheMessagesLanguage() {
		Finding missing = Finding.of(FindingCode.MISSING_CHARACTER_CLASSES, "DIGIT, SYMBOL"); //$NON-NLS-1$
		assertTrue(missing.message(Locale.JAPANESE).contains("数字、記号"), missing.message(Locale.JAPANESE)); //$NON-NLS-1$
		assertTrue(missing.message(Locale.ENGLISH).contains("digits, symbols"), missing.message(Locale.ENGLISH)); //$NON-NLS-1$
		assertFalse(missing.message(Locale.JAPANESE).contains("DIGIT")); //$NON-NLS-1$
	}

	@Test
	void codesAreStableStrings() {
		for (FindingCode code : FindingCode.values()) {
			assertTrue(code.code().matches("[a-z0-9-]+"), code.code()); //$NON-NLS-1$
			assertTrue(FindingCode.ofCode(code.code()) == code);
		}
	}
}
