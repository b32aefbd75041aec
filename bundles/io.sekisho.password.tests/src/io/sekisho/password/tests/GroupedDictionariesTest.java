package io.sekisho.password.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

import com.nulabinc.zxcvbn.Strength;
import com.nulabinc.zxcvbn.Zxcvbn;
import com.nulabinc.zxcvbn.ZxcvbnBuilder;

import io.sekisho.password.ContextWords;
import io.sekisho.password.internal.Lexicon;

/**
 * The checker gives zxcvbn4j its word lists in groups, the facility's context words among them (for speed); the
 * estimate must be exactly what the lists one by one with the context words as user inputs give: guesses, score,
 * and the advice that depends on which list matched.
 */
class GroupedDictionariesTest {

	private static final List<String> INPUTS = List.of("Administrator", "12345678", "pa$$w0rd", "i234567&9", "KoroHospital", "KoroTaro",
			"Password1!", "sakura2024", "1qaz2wsx", "Tokyo!Sakura", "vR7#kq!Lm2Zx9@Tp", "N4f;Wc8%tJu3^Ge6", "Hy9~Pe5&Vr2*Kc7=",
			"correcthorse9!", "Kango-Shi2025", "qwertyuiop12", "jennifer", "smith1980", "iloveyou", "dragonball", "Tanaka2026",
			"kouroukinen", "P@ssw0rd2024!", "michael", "yamada.h", "letmein", "admin123", "abcabcabc", "batman", "summer");

	@Test
	void groupedListsEstimateExactlyAsTheListsOneByOne() {
		Lexicon lexicon = Lexicon.shared();
		Zxcvbn separate = new ZxcvbnBuilder().dictionaries(lexicon.zxcvbnDictionaries).keyboards(lexicon.zxcvbnKeyboards).build();
		ContextWords words = ContextWords.of(List.of("厚労記念病院", "こうろうきねんびょういん", "Koro Kinen Byoin", "厚労 太郎", "Koro Taro"));
		for (String password : INPUTS) {
			Strength expected = separate.measure(password, words.tokens());
			Strength actual = lexicon.zxcvbnFor(words).measure(password, List.of());
			assertEquals(expected.getGuesses(), actual.getGuesses(), 0.0, password);
			assertEquals(expected.getScore(), actual.getScore(), password);
			assertEquals(expected.getFeedback().getWarning(), actual.getFeedback().getWarning(), password);
			assertEquals(expected.getFeedback().getSuggestions(), actual.getFeedback().getSuggestions(), password);
		}
	}
}
