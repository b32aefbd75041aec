package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.sekisho.password.ContextWords;
import io.sekisho.password.internal.Kana;

class ContextWordsTest {

	@Test
	void kanaAreRomanizedWithTheCommonLongVowelSpellings() {
		assertEquals("kourou", Kana.romanize("こうろう")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("kyotto", Kana.romanize("キョット")); //$NON-NLS-1$ //$NON-NLS-2$
		assertEquals("byouin", Kana.romanize("びょういん")); //$NON-NLS-1$ //$NON-NLS-2$
		assertTrue(Kana.longVowelVariants("kourou").containsAll(List.of("koro", "korou", "kouro"))); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}

	@Test
	void facilityWordsBecomeTokensAndNativeWords() {
		ContextWords words = DemoFacility.WORDS;
		assertTrue(words.tokens().containsAll(List.of("koro", "kinen", "byoin", "taro", "hospital", "kourou", "tarou", "sekisho")), //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$ //$NON-NLS-5$ //$NON-NLS-6$ //$NON-NLS-7$ //$NON-NLS-8$
				words.tokens().toString());
		assertTrue(words.tokens().stream().noneMatch(t -> t.length() < 3 || t.equals("example")), words.tokens().toString()); //$NON-NLS-1$
		assertTrue(words.nativeWords().containsAll(List.of("厚労記念病院", "厚労", "太郎")), words.nativeWords().toString()); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$
		assertTrue(ContextWords.of(List.of("KoroKinen")).tokens().containsAll(List.of("koro", "kinen")), "camel case is split"); //$NON-NLS-1$ //$NON-NLS-2$ //$NON-NLS-3$ //$NON-NLS-4$
	}
}
