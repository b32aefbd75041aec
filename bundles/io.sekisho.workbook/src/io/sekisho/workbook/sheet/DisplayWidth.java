package io.sekisho.workbook.sheet;

/**
 * The width of a text in Excel column units, counting full-width characters (kanji, kana, full-width forms) as
 * two and everything else as one, which is how the default Japanese fonts (游ゴシック, MS Pゴシック) render them.
 */
public final class DisplayWidth {

	private DisplayWidth() {
	}

	/** @return the width of the widest line of {@code text}; 0 for {@code null} */
	public static int of(String text) {
		if (text == null) {
			return 0;
		}
		int widest = 0;
		int line = 0;
		for (int i = 0; i < text.length();) {
			int cp = text.codePointAt(i);
			i += Character.charCount(cp);
			if (cp == '\n') {
				widest = Math.max(widest, line);
				line = 0;
			} else {
				line += isWide(cp) ? 2 : 1;
			}
		}
		return Math.max(widest, line);
	}

	/** East Asian Wide and Fullwidth ranges that occur in Japanese text (after Unicode TR 11). */
	static boolean isWide(int cp) {
		return (cp >= 0x1100 && cp <= 0x115F) // Hangul Jamo
				|| (cp >= 0x2E80 && cp <= 0x303E) // CJK radicals, punctuation (、。「」)
				|| (cp >= 0x3041 && cp <= 0x33FF) // hiragana, katakana, CJK compatibility
				|| (cp >= 0x3400 && cp <= 0x4DBF) // CJK extension A
				|| (cp >= 0x4E00 && cp <= 0x9FFF) // CJK unified ideographs
				|| (cp >= 0xA000 && cp <= 0xA4CF) // Yi
				|| (cp >= 0xAC00 && cp <= 0xD7A3) // Hangul syllables
				|| (cp >= 0xF900 && cp <= 0xFAFF) // CJK compatibility ideographs
				|| (cp >= 0xFE30 && cp <= 0xFE4F) // CJK compatibility forms
				|| (cp >= 0xFF01 && cp <= 0xFF60) // full-width forms (Ａ, １, （）)
				|| (cp >= 0xFFE0 && cp <= 0xFFE6) // full-width signs (￥)
				|| (cp >= 0x1F300 && cp <= 0x1F64F) // emoji
				|| (cp >= 0x20000 && cp <= 0x3FFFD); // CJK extensions B and later
	}
}
