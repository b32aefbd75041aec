package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import com.ibm.icu.text.Transliterator;

import io.sekisho.password.CheckContext;
import io.sekisho.password.ContextWords;
import io.sekisho.password.FindingCode;
import io.sekisho.password.PasswordChecker;
import io.sekisho.password.PasswordCatalog;
import io.sekisho.password.internal.Kana;

/** Kana to romaji for the facility-word check, with ICU4J's transliteration (in the product) as the oracle. */
class KanaTest {

	/**
	 * ICU writes long vowels with macrons (stripped by Latin-ASCII), ours spells them out: compare the short forms.
	 * ICU marks small-vowel sounds it does not map with a tilde (ウェブ u~ebu, ヴェ vu~e); those are tested directly.
	 */
	private static final Transliterator ICU = Transliterator.getInstance("Any-Latin; Latin-ASCII");

	@ParameterizedTest
	@ValueSource(strings = { "メディカル", "ファミリー", "シェア", "ティー", "コウロウ", "こうろうきねんびょういん", "チェック", "ジェイ",
			"フォーム", "キッチン", "サッポロ", "フィルム", "ディスク", "ソフィア", "ｺｳﾛｳ", "ﾒﾃﾞｨｶﾙ", "ｻｯﾎﾟﾛ", "ﾊﾟｽﾜｰﾄﾞ",
			"ヤマダイリョウキキ", "ひかりネットワーク", "ジョウホウシステムシツ" })
	void ourSpellingsIncludeIcusRomanization(String kana) {
		String icu = ICU.transliterate(kana).toLowerCase(java.util.Locale.ROOT);
		Set<String> ours = Kana.longVowelVariants(Kana.romanize(kana));
		assertTrue(ours.contains(icu), kana + ": ICU " + icu + ", ours " + ours);
	}

	@Test
	void theGapsOfTheReviewAreClosed() {
		assertEquals("medikaru", Kana.romanize("メディカル"));
		assertEquals("famirii", Kana.romanize("ファミリー"));
		assertEquals("shea", Kana.romanize("シェア"));
		assertEquals("tii", Kana.romanize("ティー"));
		assertEquals("kourou", Kana.romanize("ｺｳﾛｳ"), "half-width katakana");
		assertEquals("pasuwaado", Kana.romanize("ﾊﾟｽﾜｰﾄﾞ"), "half-width voiced and semi-voiced marks");
		assertEquals("vu", Kana.romanize("ｳﾞ"));
		assertEquals("webu", Kana.romanize("ウェブ"));
		assertEquals("veeru", Kana.romanize("ヴェール"));
	}

	@Test
	void aPasswordWithTheFacilitysLoanWordIsAContextWord() {
		PasswordCatalog catalog = PasswordCatalog.builtin();
		PasswordChecker checker = new PasswordChecker(catalog);
		CheckContext context = CheckContext.builder(catalog.defaultProfile())
				.contextWords(List.of("メディカル", "ファミリー", "ｺｳﾛｳ")).build();
		assertTrue(checker.check("Medikaru#2026x".toCharArray(), context).has(FindingCode.CONTEXT_WORD));
		assertTrue(checker.check("Famiri-Qz7!kp".toCharArray(), context).has(FindingCode.CONTEXT_WORD));
		assertTrue(checker.check("Kouro!9xQw#2".toCharArray(), context).has(FindingCode.CONTEXT_WORD), "half-width facility name");
		assertTrue(checker.check("ﾒﾃﾞｨｶﾙ2026x!".toCharArray(), context).has(FindingCode.CONTEXT_WORD), "half-width password");
	}

	@Test
	void fullWidthLettersInFacilityNamesAreFolded() {
		assertTrue(ContextWords.of(List.of("ＫＯＲＯ Hospital")).tokens().contains("koro"));
	}
}
