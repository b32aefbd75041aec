package io.sekisho.workbook.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

import io.sekisho.workbook.sheet.DisplayWidth;

class DisplayWidthTest {

	@Test
	void asciiCountsOnce() {
		assertEquals(9, DisplayWidth.of("Cisco ISR"));
	}

	@Test
	void kanjiKanaAndFullWidthFormsCountTwice() {
		assertEquals(10, DisplayWidth.of("電子カルテ"));
		assertEquals(4, DisplayWidth.of("ＡＢ"));
		assertEquals(2 + 2 + 2 + 1 + 1, DisplayWidth.of("（院内PC"));
	}

	@Test
	void halfWidthKatakanaCountsOnce() {
		assertEquals(3, DisplayWidth.of("ｶﾙﾃ"));
	}

	@Test
	void theWidestLineOfAMultiLineTextCounts() {
		assertEquals(8, DisplayWidth.of("ab\n医療情報\nabc"));
		assertEquals(0, DisplayWidth.of(null));
	}
}
