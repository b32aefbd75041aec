package io.sekisho.core.tests;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import io.sekisho.core.SekishoVersion;
import io.sekisho.core.time.FiscalYear;

class FiscalYearTest {

	@ParameterizedTest
	@CsvSource({ "2025-04-01, 2025", "2026-03-31, 2025", "2026-04-01, 2026", "2025-01-15, 2024", "2024-12-31, 2024" })
	void dateFallsIntoFiscalYearStartingInApril(String date, int expected) {
		assertEquals(expected, FiscalYear.of(LocalDate.parse(date)).year());
	}

	@Test
	void boundariesAreInclusive() {
		FiscalYear r7 = FiscalYear.ofReiwa(7);
		assertEquals(2025, r7.year());
		assertTrue(r7.contains(LocalDate.of(2025, 4, 1)));
		assertTrue(r7.contains(LocalDate.of(2026, 3, 31)));
		assertFalse(r7.contains(LocalDate.of(2025, 3, 31)));
		assertFalse(r7.contains(LocalDate.of(2026, 4, 1)));
	}

	@Test
	void reiwaNumbering() {
		assertEquals(1, new FiscalYear(2019).reiwaYear());
		assertEquals(6, new FiscalYear(2024).reiwaYear());
		assertEquals(0, new FiscalYear(2018).reiwaYear());
		assertThrows(IllegalArgumentException.class, () -> FiscalYear.ofReiwa(0));
	}

	@Test
	void labelIsLocalizedAndNamesTheYear() {
		String label = new FiscalYear(2025).label();
		// "令和7年度" under -nl ja, "FY2025" otherwise
		assertTrue(label.equals("FY2025") || label.equals("令和7年度"), label);
		assertNotEquals(new FiscalYear(2024).label(), label);
	}

	@Test
	void versionComesFromTheBundle() {
		assertEquals(0, SekishoVersion.current().getMajor());
		assertEquals(1, SekishoVersion.current().getMinor());
		assertEquals("0.1.0", SekishoVersion.release());
	}
}
